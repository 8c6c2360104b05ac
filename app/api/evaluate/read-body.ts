/** Reads a request body as UTF-8 text without ever holding more than a byte limit in memory. */

/** Largest accepted body: 1 MiB. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Result of `readLimitedText`. */
export type BodyText = { ok: true; text: string } | { ok: false; reason: "too-large" | "not-utf8" };

/**
 * Reads `request`'s body up to `limit` bytes. Rejects at once when `Content-Length` announces more,
 * and stops reading (cancelling the stream) as soon as the running total exceeds the limit.
 */
export async function readLimitedText(request: Request, limit = MAX_BODY_BYTES): Promise<BodyText> {
  const announced = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(announced) && announced > limit) return { ok: false, reason: "too-large" };
  if (!request.body) return { ok: true, text: "" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, reason: "too-large" };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: "not-utf8" };
  }
}
