/**
 * Keeps the sandbox's scenario across reloads: in the URL hash (`#s=<base64url JSON>`, shareable)
 * and in localStorage. Browser only.
 */

/** localStorage key of the last scenario. */
export const STORAGE_KEY = "principal-sandbox-scenario";
/** localStorage key of the plain-text editor preference. */
export const PLAIN_EDITOR_KEY = "principal-sandbox-plain-editor";
/** Longer hashes are not written (browsers and servers cap URL length); localStorage still keeps it. */
const MAX_HASH_LENGTH = 16_000;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): string {
  const b64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

function hashScenario(hash: string): unknown {
  const match = /(?:^#|&)s=([A-Za-z0-9_-]+)/.exec(hash);
  if (!match?.[1]) return undefined;
  try {
    return JSON.parse(fromBase64Url(match[1])) as unknown;
  } catch {
    return undefined;
  }
}

/** What localStorage keeps: the scenario, the hash written for it, and the hash it replaced. */
type Stored = { scenario: unknown; hash: string; replaced: string };

function readStored(): Stored | undefined {
  try {
    const text = window.localStorage.getItem(STORAGE_KEY);
    const value = text ? (JSON.parse(text) as Partial<Stored>) : undefined;
    return value && "scenario" in value ? { scenario: value.scenario, hash: value.hash ?? "", replaced: value.replaced ?? "" } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The scenario to restore, newest first. localStorage wins while the address still shows a hash
 * this tab wrote (an edit made just before a reload may not have reached the hash yet); a hash
 * from elsewhere (a shared link) wins over it.
 */
export function readKeptScenario(): unknown[] {
  const hash = window.location.hash;
  const stored = readStored();
  const fromHash = hashScenario(hash);
  if (stored && (hash === "" || hash === stored.hash || hash === stored.replaced)) return [stored.scenario, fromHash];
  return [fromHash, stored?.scenario];
}

/** Writes the scenario to the hash (without a history entry) and to localStorage. */
export function keepScenario(scenario: unknown): void {
  const json = JSON.stringify(scenario);
  const encoded = toBase64Url(json);
  const hash = encoded.length <= MAX_HASH_LENGTH ? `#s=${encoded}` : "";
  try {
    const stored: Stored = { scenario, hash, replaced: window.location.hash };
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(stored));
  } catch {
    // storage full or disabled: the hash still keeps it
  }
  const url = `${window.location.pathname}${window.location.search}${hash}`;
  if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(window.history.state, "", url);
}

/** Drops `?open=` from the address after a saved scenario was opened, so a reload keeps edits. */
export function dropOpenParam(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has("open")) return;
  url.searchParams.delete("open");
  window.history.replaceState(window.history.state, "", `${url.pathname}${url.search}${url.hash}`);
}
