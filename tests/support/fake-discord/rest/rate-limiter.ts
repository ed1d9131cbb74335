import { createHash } from 'node:crypto';
import type { RateLimitSpec } from '../options.ts';

interface Window {
  remaining: number;
  resetAt: number;
}

export interface RateLimitOutcome {
  allowed: boolean;
  headers: Record<string, string>;
  retryAfterSeconds: number;
}

/**
 * Fixed-window buckets keyed by route and major parameter, answering with Discord's X-RateLimit-* headers.
 * Expired windows are swept in batches, so memory stays bounded however many interaction tokens pass through.
 */
export class RateLimiter {
  readonly #windows = new Map<string, Window>();
  readonly #bucketHashes = new Map<string, string>();
  #nextSweep = 10_000;

  constructor(private readonly clock: () => number) {}

  take(bucket: string, major: string, spec: RateLimitSpec): RateLimitOutcome {
    const now = this.clock();
    const key = `${bucket}:${major}`;
    let window = this.#windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { remaining: spec.limit, resetAt: now + spec.windowMs };
      this.#windows.set(key, window);
      if (this.#windows.size > this.#nextSweep) this.#sweep(now);
    }
    const allowed = window.remaining > 0;
    if (allowed) window.remaining -= 1;
    const resetAfter = Math.max(0, window.resetAt - now) / 1000;
    const headers: Record<string, string> = {
      'x-ratelimit-limit': String(spec.limit),
      'x-ratelimit-remaining': String(window.remaining),
      'x-ratelimit-reset': (window.resetAt / 1000).toFixed(3),
      'x-ratelimit-reset-after': resetAfter.toFixed(3),
      'x-ratelimit-bucket': this.#hash(bucket),
    };
    if (!allowed) {
      headers['retry-after'] = String(Math.max(1, Math.ceil(resetAfter)));
      headers['x-ratelimit-scope'] = 'user';
    }
    return { allowed, headers, retryAfterSeconds: Number(resetAfter.toFixed(3)) };
  }

  #hash(bucket: string): string {
    let hash = this.#bucketHashes.get(bucket);
    if (!hash) {
      hash = createHash('sha1').update(bucket).digest('hex').slice(0, 32);
      this.#bucketHashes.set(bucket, hash);
    }
    return hash;
  }

  #sweep(now: number): void {
    for (const [key, window] of this.#windows) if (window.resetAt <= now) this.#windows.delete(key);
    this.#nextSweep = Math.max(10_000, this.#windows.size * 2);
  }
}
