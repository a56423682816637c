// "Did you mean" suggestions: the closest known name by edit distance, case-insensitive.

let rowA = new Uint16Array(64);
let rowB = new Uint16Array(64);

/** Levenshtein distance between two strings, giving up (returning max + 1) beyond `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length + 1 > rowA.length) {
    rowA = new Uint16Array(b.length + 1);
    rowB = new Uint16Array(b.length + 1);
  }
  // Two reused rows: the suggestion search runs once per unknown name over hundreds of candidates.
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const del = (prev[j] as number) + 1;
      const ins = (cur[j - 1] as number) + 1;
      const sub = (prev[j - 1] as number) + cost;
      const v = del < ins ? (del < sub ? del : sub) : ins < sub ? ins : sub;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length] as number;
}

const lowered = new WeakMap<readonly string[], string[]>();

/** The closest candidate to `word` (case-insensitive), if one is near enough to be a plausible typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  const max = Math.max(2, Math.floor(w.length / 3));
  const list = Array.isArray(candidates) ? (candidates as readonly string[]) : [...candidates];
  let lower = lowered.get(list);
  if (!lower) {
    lower = list.map((c) => c.toLowerCase());
    lowered.set(list, lower);
  }
  let best: string | undefined;
  let bestD = max + 1;
  for (let i = 0; i < list.length; i++) {
    const c = lower[i] as string;
    const limit = bestD - 1 < max ? bestD - 1 : max;
    if (Math.abs(c.length - w.length) > limit) continue;
    const d = editDistance(w, c, limit);
    if (d < bestD) {
      bestD = d;
      best = list[i];
    }
  }
  return best;
}
