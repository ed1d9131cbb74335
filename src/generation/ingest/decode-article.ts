export type DecodedArticle = { ok: true; text: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes of an uploaded or imported article as text, or why they cannot be one: empty, binary (NUL bytes)
 * or not UTF-8. Shared by the command line and moderator uploads.
 */
export function decodeArticle(bytes: Uint8Array): DecodedArticle {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes), expected UTF-8 text' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text' };
  }
  if (text.trim() === '') return { ok: false, reason: 'empty file (only whitespace)' };
  return { ok: true, text };
}

/** The article id of a file: its name without directory and extension ("003_acf99df9f94b8474"). */
export function articleIdOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[^.]+$/, '');
}
