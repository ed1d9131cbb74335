import { randomBytes } from 'node:crypto';

/** The current time in epoch milliseconds; injected so tests and restarts can move time at will. */
export interface Clock {
  now(): number;
}

/** Timer functions; injected so tests can fire a round's deadline without waiting for it. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = { now: () => Date.now() };

export const systemTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** 12 URL-safe characters (72 random bits): fits a button's custom id and a store key. */
export function randomId(): string {
  return randomBytes(9).toString('base64url');
}
