const DISCORD_EPOCH = 1_420_070_400_000n;

/**
 * Discord-shaped ids (timestamp << 22 | worker | increment) that stay unique even when thousands are made
 * in one millisecond: the increment rolls the timestamp forward instead of repeating an id.
 */
export class SnowflakeFactory {
  #lastMs = 0;
  #increment = 0;

  constructor(private readonly clock: () => number = Date.now) {}

  next(): string {
    let ms = Math.max(this.clock(), this.#lastMs);
    if (ms === this.#lastMs) {
      this.#increment += 1;
      if (this.#increment > 0xfff) {
        ms += 1;
        this.#increment = 0;
      }
    } else {
      this.#increment = 0;
    }
    this.#lastMs = ms;
    return (((BigInt(ms) - DISCORD_EPOCH) << 22n) | (1n << 17n) | BigInt(this.#increment)).toString();
  }
}

export function snowflakeTimestamp(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}
