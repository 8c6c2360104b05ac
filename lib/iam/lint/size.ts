import type { Policy, PolicyKind, SourceRange } from "../types";
import type { LintContext } from "./context";

/**
 * Policy size quotas (shared/iam/SCENARIO-FORMAT.md; AWS "IAM and AWS STS quotas", Organizations,
 * SQS, S3 and VPC endpoint documentation). `unit`: `chars` counts every character, `chars-no-ws`
 * skips white space outside strings (IAM does not count it), `bytes` counts UTF-8 bytes.
 */
export const POLICY_QUOTAS = {
  managed: { limit: 6144, unit: "chars-no-ws", label: "a managed policy" },
  "inline-user": { limit: 2048, unit: "chars-no-ws", label: "a user's inline policies" },
  "inline-group": { limit: 5120, unit: "chars-no-ws", label: "a group's inline policies" },
  "inline-role": { limit: 10240, unit: "chars-no-ws", label: "a role's inline policies" },
  trust: { limit: 2048, unit: "chars-no-ws", label: "a role trust policy (raisable to 4,096 characters)" },
  session: { limit: 2048, unit: "chars", label: "a session policy" },
  scp: { limit: 5120, unit: "chars", label: "a service control policy" },
  rcp: { limit: 5120, unit: "chars", label: "a resource control policy" },
  sqs: { limit: 8192, unit: "bytes", label: "an sqs queue policy" },
  "s3-bucket": { limit: 20480, unit: "bytes", label: "an s3 bucket policy" },
  "vpc-endpoint": { limit: 20480, unit: "chars", label: "a vpc endpoint policy" },
} as const;

/** A size quota name. */
export type QuotaKind = keyof typeof POLICY_QUOTAS;

const BY_KIND: Partial<Record<PolicyKind, QuotaKind>> = {
  identity: "managed",
  boundary: "managed",
  trust: "trust",
  session: "session",
  scp: "scp",
  rcp: "rcp",
  vpcEndpoint: "vpc-endpoint",
};

/** The quota that applies by default: by kind; for resource policies, by the service of every action. */
export function defaultQuota(kind: PolicyKind | undefined, policy: Policy): QuotaKind | undefined {
  if (kind !== "resource") return kind ? BY_KIND[kind] : undefined;
  const services = new Set(policy.statements.flatMap((s) => [...(s.action ?? []), ...(s.notAction ?? [])]).map((a) => a.split(":")[0]?.toLowerCase()));
  if (services.size !== 1) return undefined;
  if (services.has("s3")) return "s3-bucket";
  if (services.has("sqs")) return "sqs";
  return undefined;
}

/** Size of a policy text in a quota's unit. */
export function measure(text: string, unit: (typeof POLICY_QUOTAS)[QuotaKind]["unit"]): number {
  if (unit === "chars") return text.length;
  if (unit === "bytes") return new TextEncoder().encode(text).length;
  let count = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (inString) {
      count++;
      if (c === "\\") {
        count++;
        i++;
      } else if (c === '"') inString = false;
    } else if (!/\s/.test(c)) {
      count++;
      if (c === '"') inString = true;
    }
  }
  return count;
}

function allowedChar(code: number): boolean {
  return code === 0x09 || code === 0x0a || code === 0x0d || (code >= 0x20 && code <= 0xff);
}

/** Innermost source-map path whose range contains an offset. */
function pathAt(policy: Policy, offset: number): string {
  let best = "";
  let width = Infinity;
  for (const [path, range] of Object.entries(policy.sourceMap ?? {})) {
    const w = range.end.offset - range.start.offset;
    if (range.start.offset <= offset && offset < range.end.offset && w < width) {
      best = path;
      width = w;
    }
  }
  return best;
}

/** Range of the characters `[start, end)` of a text. */
function rangeOf(text: string, start: number, end: number): SourceRange {
  const at = (offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split("\n").length;
    return { line, column: offset - (before.lastIndexOf("\n") + 1) + 1, offset };
  };
  return { start: at(start), end: at(end) };
}

const MAX_CHARACTER_FINDINGS = 5;

function checkCharacters(ctx: LintContext, text: string): void {
  let reported = 0;
  for (let i = 0; i < text.length && reported < MAX_CHARACTER_FINDINGS; i++) {
    const code = text.charCodeAt(i);
    if (allowedChar(code) || (i === 0 && code === 0xfeff)) continue;
    const cp = text.codePointAt(i) ?? code;
    const hex = `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
    const width = cp > 0xffff ? 2 : 1;
    ctx.report(
      "INVALID_CHARACTER",
      pathAt(ctx.policy, i),
      `character \`${String.fromCodePoint(cp)}\` (${hex}) is not allowed in a policy document`,
      "use only tab, line feed, carriage return and characters from U+0020 to U+00FF",
      rangeOf(text, i, i + width),
    );
    reported++;
    if (cp > 0xffff) i++;
  }
}

/** Size over the quota of the policy's kind, and characters IAM does not accept. */
export function checkSize(ctx: LintContext): void {
  const text = ctx.text;
  if (text === undefined) return;
  checkCharacters(ctx, text);
  const quotaName = ctx.options.quota ?? defaultQuota(ctx.kind, ctx.policy);
  if (!quotaName) return;
  const quota = POLICY_QUOTAS[quotaName];
  const size = measure(text, quota.unit);
  if (size <= quota.limit) return;
  const unit = quota.unit === "bytes" ? "bytes" : quota.unit === "chars" ? "characters" : "characters (white space not counted)";
  ctx.report(
    "POLICY_SIZE_EXCEEDED",
    "",
    `policy is ${size.toLocaleString("en-US")} ${unit}, over the ${quota.limit.toLocaleString("en-US")} allowed for ${quota.label}`,
    "remove redundant statements, merge statements that share resources, or use wildcards that stay least-privilege",
  );
}
