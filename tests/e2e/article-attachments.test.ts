import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_FILE, AttachmentError, fetchAttachmentText, formatBytes, type AttachmentLike, type AttachmentRules } from '../../src/discord/attachments/index.ts';
import { UserError } from '../../src/discord/interactions/user-error.ts';

/** A loopback file server whose routes misbehave on purpose. */
let server: Server;
let base: string;
const hits: string[] = [];
const routes: Record<string, (response: ServerResponse) => void> = {
  '/ok.md': (response) => response.end('\uFEFF# Title\n\nThe text, café included.\n'),
  '/liar.txt': (response) => {
    // No content-length, and far more than the attachment declared.
    response.writeHead(200, { 'content-type': 'text/plain' });
    const chunk = 'x'.repeat(16_000);
    let sent = 0;
    const push = () => {
      while (sent < 200_000 && response.write(chunk)) sent += chunk.length;
      if (sent < 200_000) response.once('drain', push);
      else response.end();
    };
    push();
  },
  '/big-header.txt': (response) => {
    response.writeHead(200, { 'content-type': 'text/plain', 'content-length': '5000000' });
    response.write('partial');
  },
  '/binary.txt': (response) => response.end(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00])),
  '/latin1.txt': (response) => response.end(Buffer.from('Caf\xe9 cr\xe8me', 'latin1')),
  '/blank.txt': (response) => response.end('  \n\n  '),
  '/stall.txt': (response) => {
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.write('the first bytes, then nothing');
  },
};

beforeAll(async () => {
  server = createServer((request, response) => {
    hits.push(request.url ?? '');
    const route = routes[request.url ?? ''];
    if (route) route(response);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const rules: AttachmentRules = { ...ARTICLE_FILE, maxBytes: 50_000, timeoutMs: 10_000 };
const file = (path: string, extra: Partial<AttachmentLike> = {}): AttachmentLike => ({ name: path.slice(1), size: 100, url: `${base}${path}`, contentType: 'text/plain; charset=utf-8', ...extra });

async function refusal(promise: Promise<unknown>): Promise<AttachmentError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AttachmentError);
  expect(error).toBeInstanceOf(UserError);
  return error as AttachmentError;
}

describe('the attachment fetcher', () => {
  it('returns the text of a UTF-8 file, without its byte order mark', async () => {
    expect(await fetchAttachmentText(file('/ok.md', { contentType: 'text/markdown; charset=utf-8' }), rules)).toBe('# Title\n\nThe text, café included.\n');
    expect(await fetchAttachmentText(file('/ok.md', { contentType: null }), rules)).toContain('café');
  });

  it('refuses a wrong type or an oversized declared size before downloading anything', async () => {
    const before = hits.length;
    expect(await refusal(fetchAttachmentText(file('/ok.md', { name: 'photo.png', contentType: 'image/png' }), rules))).toMatchObject({
      problem: 'wrong-type',
      message: '`photo.png` (image/png) is not a .txt or .md file: attach a .txt or .md file instead.',
    });
    expect(await refusal(fetchAttachmentText(file('/ok.md', { name: 'notes.txt', contentType: 'application/pdf' }), rules))).toMatchObject({ problem: 'wrong-type' });
    expect(await refusal(fetchAttachmentText(file('/ok.md', { size: 2_345_678 }), rules))).toMatchObject({
      problem: 'too-large',
      message: '`ok.md` is 2.3 MB; the most accepted is 50 KB.',
    });
    expect(hits.length).toBe(before);
  });

  it('stops a download that grows past the limit, whatever the attachment declared', async () => {
    expect(await refusal(fetchAttachmentText(file('/liar.txt'), rules))).toMatchObject({ problem: 'too-large', message: '`liar.txt` is larger than the 50 KB accepted.' });
    expect(await refusal(fetchAttachmentText(file('/big-header.txt'), rules))).toMatchObject({ problem: 'too-large', message: '`big-header.txt` is 5 MB; the most accepted is 50 KB.' });
  });

  it('refuses binary, non-UTF-8 and blank files, naming the problem', async () => {
    expect((await refusal(fetchAttachmentText(file('/binary.txt'), rules))).message).toBe(
      '`binary.txt` cannot be used: binary file (contains NUL bytes), expected UTF-8 text. Attach a .txt or .md file saved as UTF-8 text.',
    );
    expect((await refusal(fetchAttachmentText(file('/latin1.txt'), rules))).message).toMatch(/^`latin1.txt` cannot be used: not valid UTF-8 text\./);
    expect((await refusal(fetchAttachmentText(file('/blank.txt'), rules))).message).toMatch(/^`blank.txt` cannot be used: empty file/);
  });

  it('gives up on a stalled download after its time limit, and reports a failed one', async () => {
    expect(await refusal(fetchAttachmentText(file('/stall.txt'), { ...rules, timeoutMs: 300 }))).toMatchObject({ problem: 'timeout', message: 'Downloading `stall.txt` took longer than 0.3 s, so it was not used. Please try again.' });
    expect(await refusal(fetchAttachmentText(file('/missing.txt'), rules))).toMatchObject({ problem: 'download-failed', message: '`missing.txt` could not be downloaded (Discord answered HTTP 404). Please attach it again.' });
    expect(await refusal(fetchAttachmentText(file('/ok.md', { url: 'file:///etc/passwd' }), rules))).toMatchObject({ problem: 'download-failed' });
    const cancelled = new AbortController();
    cancelled.abort();
    expect(await refusal(fetchAttachmentText(file('/stall.txt'), rules, { signal: cancelled.signal }))).toMatchObject({ problem: 'download-failed' });
  });

  it('formats sizes as people read them', () => {
    expect([850, 12_400, 999_999, 1_000_000, 1_049_000, 2_345_678].map(formatBytes)).toEqual(['850 bytes', '12 KB', '1 MB', '1 MB', '1 MB', '2.3 MB']);
  });
});
