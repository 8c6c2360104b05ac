import { TYPE_ERROR, plain, type OperatorFamilyImpl } from "./family";

/** An address as 16-bit words (2 for IPv4, 8 for IPv6) with a prefix length. */
export interface Cidr {
  words: number[];
  prefix: number;
}

function parseV4(text: string): number[] | undefined {
  const parts = text.split(".");
  if (parts.length !== 4) return undefined;
  const bytes: number[] = [];
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return undefined;
    const n = Number(p);
    if (n > 255) return undefined;
    bytes.push(n);
  }
  const [a = 0, b = 0, c = 0, d = 0] = bytes;
  return [(a << 8) | b, (c << 8) | d];
}

function parseV6(text: string): number[] | undefined {
  if (!/^[0-9a-fA-F:.]+$/.test(text)) return undefined;
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  const parseSide = (s: string): number[] | undefined => {
    if (s === "") return [];
    const out: number[] = [];
    const groups = s.split(":");
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i] ?? "";
      if (i === groups.length - 1 && g.includes(".")) {
        const v4 = parseV4(g);
        if (!v4) return undefined;
        out.push(...v4);
      } else if (/^[0-9a-fA-F]{1,4}$/.test(g)) out.push(parseInt(g, 16));
      else return undefined;
    }
    return out;
  };
  const left = parseSide(halves[0] ?? "");
  const right = halves.length === 2 ? parseSide(halves[1] ?? "") : [];
  if (!left || !right) return undefined;
  if (halves.length === 1) return left.length === 8 ? left : undefined;
  const fill = 8 - left.length - right.length;
  if (fill < 1) return undefined;
  return [...left, ...new Array<number>(fill).fill(0), ...right];
}

/** Parses `203.0.113.0/24`, `2001:db8::/32` or a bare address (full-length prefix). */
export function parseCidr(text: string): Cidr | undefined {
  const t = text.trim();
  const slash = t.indexOf("/");
  const addr = slash < 0 ? t : t.slice(0, slash);
  const words = addr.includes(":") ? parseV6(addr) : parseV4(addr);
  if (!words) return undefined;
  const max = words.length * 16;
  if (slash < 0) return { words, prefix: max };
  const p = t.slice(slash + 1);
  if (!/^\d{1,3}$/.test(p) || Number(p) > max) return undefined;
  return { words, prefix: Number(p) };
}

/** Whether `addr` lies in `range` (same family only). */
export function cidrContains(range: Cidr, addr: Cidr): boolean {
  if (range.words.length !== addr.words.length) return false;
  let bits = range.prefix;
  for (let i = 0; i < range.words.length && bits > 0; i++) {
    const take = Math.min(16, bits);
    const mask = (0xffff << (16 - take)) & 0xffff;
    if (((range.words[i] ?? 0) & mask) !== ((addr.words[i] ?? 0) & mask)) return false;
    bits -= take;
  }
  return true;
}

/**
 * `IpAddress` / `NotIpAddress` with IPv4 and IPv6 CIDR ranges. Source:
 * reference_policies_elements_condition_operators.html#Conditions_IPAddress
 */
export const ipFamily: OperatorFamilyImpl<Cidr> = {
  family: "ip",
  supportsVariables: false,
  prepare(value) {
    return parseCidr(plain(value)) ?? TYPE_ERROR;
  },
  test(_op, range, v) {
    const addr = parseCidr(v);
    if (!addr || addr.prefix !== addr.words.length * 16) return TYPE_ERROR;
    return cidrContains(range, addr);
  },
};
