import { randomBytes } from 'node:crypto';
import { constants as zlibConstants, createDeflate, deflateSync, type Deflate } from 'node:zlib';
import { GatewayOpcodes } from 'discord-api-types/v10';
import type { WebSocket } from 'ws';

interface BufferedEvent {
  seq: number;
  json: string;
}

/** One WebSocket connection: its compression, and whether it has identified or resumed yet. */
export class GatewayConnection {
  session: GatewaySession | undefined;
  identifyCompress = false;
  #stream: Deflate | undefined;
  #streamChunks: Buffer[] = [];

  constructor(
    readonly socket: WebSocket,
    readonly zlibStream: boolean,
  ) {
    if (zlibStream) {
      // One zlib context for the whole connection, flushed after each payload, as Discord's zlib-stream does.
      this.#stream = createDeflate({ chunkSize: 65_535 });
      this.#stream.on('data', (chunk: Buffer) => this.#streamChunks.push(chunk));
    }
  }

  get open(): boolean {
    return this.socket.readyState === this.socket.OPEN;
  }

  send(json: string): void {
    if (!this.open) return;
    if (this.#stream) {
      this.#stream.write(json);
      this.#stream.flush(zlibConstants.Z_SYNC_FLUSH, () => {
        const data = Buffer.concat(this.#streamChunks);
        this.#streamChunks = [];
        if (this.open) this.socket.send(data);
      });
    } else if (this.identifyCompress) {
      this.socket.send(deflateSync(json));
    } else {
      this.socket.send(json);
    }
  }

  sendOp(op: GatewayOpcodes, d: unknown): void {
    this.send(JSON.stringify({ op, d, s: null, t: null }));
  }

  close(): void {
    this.#stream?.close();
  }
}

/**
 * A gateway session: its sequence, the dispatches kept for RESUME replay, and the connection it is
 * currently attached to (none while the bot is disconnected; dispatches then wait in the buffer).
 */
export class GatewaySession {
  readonly id = randomBytes(16).toString('hex');
  seq = 0;
  connection: GatewayConnection | undefined;
  /** Dispatches are only sent once READY went out on the current connection. */
  live = false;
  readonly #buffer: BufferedEvent[] = [];
  #bufferStart = 0;

  constructor(
    readonly shard: [number, number],
    readonly intents: number,
    private readonly replayLimit: number,
  ) {}

  dispatch(t: string, d: unknown): number {
    this.seq += 1;
    const json = JSON.stringify({ op: GatewayOpcodes.Dispatch, t, s: this.seq, d });
    this.#buffer.push({ seq: this.seq, json });
    if (this.#buffer.length - this.#bufferStart > this.replayLimit) this.#bufferStart += 1;
    // Compact now and then, so the buffer is O(1) amortised per dispatch.
    if (this.#bufferStart > 1024 && this.#bufferStart * 2 > this.#buffer.length) {
      this.#buffer.splice(0, this.#bufferStart);
      this.#bufferStart = 0;
    }
    if (this.live && this.connection?.open) this.connection.send(json);
    return this.seq;
  }

  /** The dispatches after `seq`, or undefined when some of them are no longer kept (a resume must then fail). */
  eventsAfter(seq: number): string[] | undefined {
    if (seq > this.seq || seq < 0) return undefined;
    const first = this.#buffer[this.#bufferStart];
    if (first && seq + 1 < first.seq) return undefined;
    const events: string[] = [];
    for (let index = this.#bufferStart; index < this.#buffer.length; index += 1) {
      const event = this.#buffer[index]!;
      if (event.seq > seq) events.push(event.json);
    }
    return events;
  }
}
