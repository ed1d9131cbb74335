export type DecodedArticle = { ok: true; text: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes of an uploaded or imported article as text, or why they cannot be one: empty, binary (NUL bytes),
 * UTF-16 or otherwise not UTF-8, or an HTML page. Shared by the command line and moderator uploads.
 */
export function decodeArticle(bytes: Uint8Array): DecodedArticle {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, reason: 'UTF-16 text, expected UTF-8 (save the file as UTF-8)' };
  }
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes), expected UTF-8 text' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text' };
  }
  if (text.trim() === '') return { ok: false, reason: 'empty file (only whitespace)' };
  if (looksLikeHtml(text)) return { ok: false, reason: 'a web page (HTML markup), expected the article as plain text' };
  return { ok: true, text };
}

const HTML_DOCUMENT = /^\s*<(?:!doctype\s+html|html[\s>])/i;
const TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?>/gi;

/**
 * A saved web page rather than article text: it opens as an HTML document, or tags make up a large share of
 * it. Tags, scripts and navigation would otherwise be read as sentences or, more often, silently yield nothing.
 */
function looksLikeHtml(text: string): boolean {
  if (HTML_DOCUMENT.test(text)) return true;
  let markup = 0;
  for (const match of text.matchAll(TAG)) markup += match[0].length;
  return markup > text.length * 0.3;
}

/** The article id of a file: its name without directory and extension ("003_acf99df9f94b8474"). */
export function articleIdOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[^.]+$/, '');
}
