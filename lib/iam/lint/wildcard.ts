/**
 * Containment of IAM wildcard patterns (`*` any run, `?` one character): whether every string one
 * pattern matches is matched by another. Used by the redundancy and shadowing checks.
 * INVARIANT: sound — `covers` never answers true unless containment holds; policy variables are
 * compared as literal text, which is sound because both sides receive the same substitution.
 */

/**
 * Whether `outer` matches every string `inner` matches. Dynamic programming over positions:
 * an `outer` star absorbs any run of `inner` (stars included), an `outer` `?` absorbs one literal
 * or `?`, and literals must be equal.
 */
export function covers(outer: string, inner: string, ignoreCase: boolean): boolean {
  const o = ignoreCase ? outer.toLowerCase() : outer;
  const n = ignoreCase ? inner.toLowerCase() : inner;
  if (o === n || o === "*") return true;
  if (!hasWildcard(o)) return false;
  // Quick reject: outer's literal prefix must start inner literally.
  const literal = /^[^*?]*/.exec(o)?.[0] ?? "";
  if (!n.startsWith(literal)) return false;
  const cols = n.length + 1;
  // reach[i * cols + j]: outer[i..] covers inner[j..]
  const reach = new Uint8Array((o.length + 1) * cols);
  reach[o.length * cols + n.length] = 1;
  for (let i = o.length - 1; i >= 0; i--) {
    const oc = o.charAt(i);
    for (let j = n.length; j >= 0; j--) {
      let ok = false;
      if (oc === "*") {
        ok = reach[(i + 1) * cols + j] === 1 || (j < n.length && reach[i * cols + j + 1] === 1);
      } else if (j < n.length) {
        const nc = n.charAt(j);
        const next = reach[(i + 1) * cols + j + 1] === 1;
        if (nc === "*") ok = false;
        else if (oc === "?") ok = next;
        else ok = nc !== "?" && nc === oc && next;
      }
      reach[i * cols + j] = ok ? 1 : 0;
    }
  }
  return reach[0] === 1;
}

/** Whether some pattern of `outers` covers `inner`. */
export function someCovers(outers: readonly string[], inner: string, ignoreCase: boolean): boolean {
  return outers.some((o) => covers(o, inner, ignoreCase));
}

/** Whether every pattern of `inners` is covered by some pattern of `outers`. */
export function allCovered(outers: readonly string[], inners: readonly string[], ignoreCase: boolean): boolean {
  return inners.every((i) => someCovers(outers, i, ignoreCase));
}

/** Whether a string holds an IAM wildcard. */
export function hasWildcard(text: string): boolean {
  return text.includes("*") || text.includes("?");
}
