/**
 * Text normalised for analysis, with a map back to the original, so every citation can be cut from the
 * original file text exactly.
 */
export interface NormalisedText {
  text: string;
  /** `offsets[i]` is the original index of normalised character i; `offsets[text.length]` is the original length. */
  offsets: Int32Array;
}

function replacementFor(code: number): string | null | undefined {
  switch (code) {
    case 0x2018: case 0x2019: case 0x201a: case 0x201b: case 0x2032: case 0x60:
      return "'";
    case 0x201c: case 0x201d: case 0x201e: case 0x201f: case 0x2033: case 0xab: case 0xbb:
      return '"';
    case 0x2026:
      return '...';
    case 0x0d: case 0x200b: case 0x200c: case 0x200d: case 0x2060: case 0xfeff: case 0xad:
      return null; // dropped
    // Bidirectional controls (marks, embeddings, overrides, isolates): invisible, and an override makes a
    // stem or choice display reversed ("Trojan Source"), so none may reach a question.
    case 0x061c: case 0x200e: case 0x200f: case 0x202a: case 0x202b: case 0x202c: case 0x202d: case 0x202e:
    case 0x2066: case 0x2067: case 0x2068: case 0x2069:
      return null;
    default:
      return undefined; // kept as is
  }
}

function isInlineSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x0b || code === 0x0c ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000;
}

/**
 * Straightens quotes, turns odd spaces into plain ones and collapses their runs, drops invisible
 * characters (bidirectional controls too) and carriage returns, and expands the ellipsis character. Newlines are kept: line
 * shape is what boilerplate detection reads.
 */
export function normaliseText(original: string): NormalisedText {
  const parts: string[] = [];
  const offsets = new Int32Array(original.length * 3 + 1);
  let length = 0;
  let previousSpace = false;
  // Unchanged characters are copied a run at a time; only the ones that change are handled one by one.
  let runStart = 0;
  const flush = (end: number) => {
    if (end > runStart) {
      parts.push(original.slice(runStart, end));
      for (let k = runStart; k < end; k++) offsets[length++] = k;
    }
  };
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    const space = isInlineSpace(code);
    const replacement = space ? undefined : replacementFor(code);
    if (space ? code === 0x20 && !previousSpace : replacement === undefined) {
      previousSpace = space;
      continue; // stays as it is, in the current run
    }
    flush(i);
    runStart = i + 1;
    if (space) {
      if (!previousSpace) {
        parts.push(' ');
        offsets[length++] = i;
      }
      previousSpace = true;
      continue;
    }
    previousSpace = false;
    if (replacement === null) continue;
    parts.push(replacement as string);
    for (let k = 0; k < (replacement as string).length; k++) offsets[length++] = i;
  }
  flush(original.length);
  offsets[length] = original.length;
  return { text: parts.join(''), offsets: offsets.slice(0, length + 1) };
}

/** The original range covering normalised characters [start, end). */
export function toOriginalRange(normalised: NormalisedText, start: number, end: number): [number, number] {
  const from = normalised.offsets[start] ?? 0;
  if (end <= start) return [from, from];
  return [from, (normalised.offsets[end - 1] ?? from) + 1];
}
