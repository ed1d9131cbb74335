import { once } from 'node:events';
import { GatewayIntentBits, GatewayOpcodes } from 'discord-api-types/v10';
import WebSocket from 'ws';

export interface GatewayPayload {
  op: number;
  d: unknown;
  s: number | null;
  t: string | null;
}

/**
 * A bare gateway client for testing the fake's gateway itself (discord.js hides the protocol details these
 * tests check: close codes, sequence numbers, replay). Payloads are collected and can be awaited by predicate.
 */
export class RawGatewayClient {
  readonly received: GatewayPayload[] = [];
  closeCode: number | undefined;
  readonly #waiters = new Set<() => void>();
  readonly #closed: Promise<number>;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data: Buffer) => {
      this.received.push(JSON.parse(data.toString('utf8')) as GatewayPayload);
      for (const waiter of [...this.#waiters]) waiter();
    });
    this.#closed = once(socket, 'close').then(([code]) => {
      this.closeCode = code as number;
      for (const waiter of [...this.#waiters]) waiter();
      return code as number;
    });
  }

  static async connect(url: string, query = 'v=10&encoding=json'): Promise<RawGatewayClient> {
    const socket = new WebSocket(`${url}?${query}`);
    const client = new RawGatewayClient(socket);
    await once(socket, 'open');
    return client;
  }

  send(op: GatewayOpcodes, d: unknown): void {
    this.socket.send(JSON.stringify({ op, d }));
  }

  identify(token: string, intents: number = GatewayIntentBits.Guilds, extra: Record<string, unknown> = {}): void {
    this.send(GatewayOpcodes.Identify, { token, intents, properties: { os: 'linux', browser: 'raw-test', device: 'raw-test' }, ...extra });
  }

  /** The first received payload (from index `from`) matching `predicate`. */
  next(predicate: (payload: GatewayPayload) => boolean, from = 0, timeoutMs = 10_000): Promise<GatewayPayload> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.received.slice(from).find(predicate);
        if (found) {
          done();
          resolve(found);
        } else if (this.closeCode !== undefined) {
          done();
          reject(new Error(`gateway closed with ${this.closeCode} before the expected payload arrived`));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`timed out; received ops ${this.received.map((payload) => payload.t ?? payload.op).join(', ')}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.#waiters.delete(check);
      };
      this.#waiters.add(check);
      check();
    });
  }

  dispatch(t: string, from = 0): Promise<GatewayPayload> {
    return this.next((payload) => payload.op === GatewayOpcodes.Dispatch && payload.t === t, from);
  }

  closed(): Promise<number> {
    return this.#closed;
  }

  close(): void {
    this.socket.terminate();
  }
}
