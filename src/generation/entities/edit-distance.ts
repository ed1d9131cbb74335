/** Levenshtein distance, giving up (returning max + 1) once it must exceed `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * Folds a name for matching variants: case, accents, and the letters scanning and typing confuse most
 * (capital I, small l, digit 1), so "IIlam", "llham" and "Ilham" come close.
 */
const foldCache = new Map<string, string>();

export function foldName(name: string): string {
  const cached = foldCache.get(name);
  if (cached !== undefined) return cached;
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[il1|]/g, 'l')
    .replace(/[^\p{L}\p{N}]/gu, '');
  if (foldCache.size < 200_000) foldCache.set(name, folded);
  return folded;
}
