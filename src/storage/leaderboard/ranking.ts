export interface Ranked {
  userId: string;
  points: number;
  correct: number;
}

/** Most points first; then more correct answers; then user id, so every member has one exact place. */
export function compareRanked(a: Ranked, b: Ranked): number {
  return b.points - a.points || b.correct - a.correct || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0);
}

/**
 * Members kept in leaderboard order in a sorted array: a member's rank is a binary search (O(log n)), a page
 * is a slice, and moving one member after a score change is one removal and one insertion (a memmove,
 * microseconds even at 100,000 members).
 */
export class Ranking<E extends Ranked> {
  private readonly sorted: E[];
  private readonly byUser: Map<string, E>;

  constructor(entries: Iterable<E> = []) {
    this.byUser = new Map([...entries].map((entry) => [entry.userId, entry]));
    this.sorted = [...this.byUser.values()].sort(compareRanked);
  }

  get size(): number {
    return this.sorted.length;
  }

  get(userId: string): E | undefined {
    return this.byUser.get(userId);
  }

  set(entry: E): void {
    this.delete(entry.userId);
    this.sorted.splice(this.lowerBound(entry), 0, entry);
    this.byUser.set(entry.userId, entry);
  }

  delete(userId: string): void {
    const old = this.byUser.get(userId);
    if (!old) return;
    this.sorted.splice(this.lowerBound(old), 1);
    this.byUser.delete(userId);
  }

  /** 1-based place, or null for a member not on this board. */
  rankOf(userId: string): number | null {
    const entry = this.byUser.get(userId);
    return entry ? this.lowerBound(entry) + 1 : null;
  }

  slice(start: number, end: number): E[] {
    return this.sorted.slice(start, end);
  }

  private lowerBound(entry: E): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareRanked(this.sorted[middle]!, entry) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
