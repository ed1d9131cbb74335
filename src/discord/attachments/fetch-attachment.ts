import { decodeArticle } from '../../generation/index.ts';
import { UserError } from '../interactions/user-error.ts';
import type { AttachmentRules } from './attachment-rules.ts';

/** The parts of a discord.js `Attachment` the fetcher reads. */
export interface AttachmentLike {
  name: string;
  /** Declared by Discord, in bytes. */
  size: number;
  url: string;
  contentType: string | null;
}

export type AttachmentProblem = 'wrong-type' | 'too-large' | 'not-text' | 'timeout' | 'download-failed';

/**
 * An attachment that cannot be used, with a message for the user naming the file and the problem. A
 * UserError, so a handler may simply let it propagate: the user sees the message, ephemerally.
 */
export class AttachmentError extends UserError {
  constructor(
    readonly problem: AttachmentProblem,
    message: string,
  ) {
    super(message);
    this.name = 'AttachmentError';
  }
}

/** "850 bytes", "12 KB", "1.3 MB" (decimal units). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 999_500) return `${Math.round(bytes / 1000)} KB`;
  return `${(Math.round(bytes / 100_000) / 10).toLocaleString('en-US')} MB`;
}

const fileLabel = (attachment: AttachmentLike) => `\`${attachment.name.replace(/`/g, "'").slice(0, 100)}\``;
const mediaType = (contentType: string) => contentType.split(';')[0]!.trim().toLowerCase();

/**
 * Checks what Discord declares about an attachment (name, type, size) without downloading anything, so
 * a wrong file is refused at once.
 */
export function checkAttachment(attachment: AttachmentLike, rules: AttachmentRules): void {
  const name = attachment.name.toLowerCase();
  const typeOk = attachment.contentType === null || attachment.contentType === '' || rules.contentTypes.includes(mediaType(attachment.contentType));
  if (!rules.extensions.some((extension) => name.endsWith(extension)) || !typeOk) {
    const declared = attachment.contentType ? ` (${mediaType(attachment.contentType)})` : '';
    throw new AttachmentError('wrong-type', `${fileLabel(attachment)}${declared} is not ${rules.expected}: attach ${rules.expected} instead.`);
  }
  if (attachment.size > rules.maxBytes) throw tooLarge(attachment, rules, attachment.size);
}

/**
 * Downloads an attachment and returns its text: checks its name, type and declared size first, stops as
 * soon as more bytes arrive than allowed, gives up after `rules.timeoutMs`, and refuses empty, binary or
 * non-UTF-8 content (the generator's `decodeArticle`). Every refusal is an `AttachmentError`.
 */
export async function fetchAttachmentText(attachment: AttachmentLike, rules: AttachmentRules, options: { signal?: AbortSignal } = {}): Promise<string> {
  checkAttachment(attachment, rules);
  const bytes = await download(attachment, rules, options.signal);
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) throw new AttachmentError('not-text', `${fileLabel(attachment)} cannot be used: ${decoded.reason}. Attach ${rules.expected} saved as UTF-8 text.`);
  return decoded.text;
}

async function download(attachment: AttachmentLike, rules: AttachmentRules, callerSignal: AbortSignal | undefined): Promise<Uint8Array> {
  let url: URL;
  try {
    url = new URL(attachment.url);
  } catch {
    throw failed(attachment, 'its address is not valid');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw failed(attachment, 'its address is not a web address');

  const timeout = AbortSignal.timeout(rules.timeoutMs);
  const signal = callerSignal ? AbortSignal.any([timeout, callerSignal]) : timeout;
  const interrupted = (error: unknown): AttachmentError => {
    if (error instanceof AttachmentError) return error;
    if (timeout.aborted) {
      return new AttachmentError('timeout', `Downloading ${fileLabel(attachment)} took longer than ${(rules.timeoutMs / 1000).toLocaleString('en-US', { maximumFractionDigits: 1 })} s, so it was not used. Please try again.`);
    }
    return failed(attachment, signal.aborted ? 'the download was cancelled' : 'the connection failed');
  };

  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    throw interrupted(error);
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel().catch(() => undefined);
    throw failed(attachment, `Discord answered HTTP ${response.status}`);
  }
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > rules.maxBytes) {
    await response.body.cancel().catch(() => undefined);
    throw tooLarge(attachment, rules, declared);
  }

  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      // Declared sizes can be wrong: count what actually arrives.
      if (total > rules.maxBytes) throw tooLarge(attachment, rules, undefined);
      chunks.push(value);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw interrupted(error);
  }
  return Buffer.concat(chunks, total);
}

/** `size` undefined: the download went past the limit, so the full size is not known. */
function tooLarge(attachment: AttachmentLike, rules: AttachmentRules, size: number | undefined): AttachmentError {
  const limit = formatBytes(rules.maxBytes);
  if (size === undefined) return new AttachmentError('too-large', `${fileLabel(attachment)} is larger than the ${limit} accepted.`);
  // Just over the limit, rounded figures would read the same: give exact byte counts.
  const exact = formatBytes(size) === limit;
  const [has, most] = exact ? [`${size.toLocaleString('en-US')} bytes`, `${rules.maxBytes.toLocaleString('en-US')} bytes`] : [formatBytes(size), limit];
  return new AttachmentError('too-large', `${fileLabel(attachment)} is ${has}; the most accepted is ${most}.`);
}

function failed(attachment: AttachmentLike, why: string): AttachmentError {
  return new AttachmentError('download-failed', `${fileLabel(attachment)} could not be downloaded (${why}). Please attach it again.`);
}
