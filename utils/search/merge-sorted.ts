/** The distinct words of two sorted lists, sorted (as `[...new Set([...a, ...b])].sort()`, in linear time). */
export function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
  const merged: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    const next = y === undefined || (x !== undefined && x < y) ? (x as string) : y;
    if (next === x) i++;
    if (next === y) j++;
    if (merged[merged.length - 1] !== next) merged.push(next);
  }
  return merged;
}
