/** "Did you mean" suggestions for mistyped enum values (`create_at` -> `created_at`). */

/** Damerau-Levenshtein (optimal string alignment) distance; inputs are short enum names, so O(n*m) is fine. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[(i - 1) * cols + j] + 1, d[i * cols + j - 1] + 1, d[(i - 1) * cols + j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[(i - 2) * cols + j - 2] + 1);
      }
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1];
}

/**
 * The closest allowed value, when it is close enough to be a plausible typo: within a third of the longer name,
 * at least one edit, or a case-only difference.
 */
export function closestValue(value: string, allowed: readonly string[]): string | undefined {
  // The distance is at least the difference in length, and the budget a third of the longer name: a value over twice
  // as long as every candidate (plus one) cannot be close to any. Answered without the O(n*m) distances, so a long
  // identifier-like string in a field list costs nothing.
  let longest = 0;
  for (const candidate of allowed) longest = Math.max(longest, candidate.length);
  if (value.length > 2 * longest + 1) return undefined;
  const lower = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of allowed) {
    if (candidate.toLowerCase() === lower) return candidate;
    const distance = editDistance(lower, candidate);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidate;
    }
  }
  if (best === undefined) return undefined;
  const budget = Math.max(1, Math.floor(Math.max(value.length, best.length) / 3));
  return bestDistance <= budget ? best : undefined;
}
