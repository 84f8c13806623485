/**
 * A small seeded generator (xorshift32 with a splitmix seed), so a synthetic registry file is the
 * same at every run of a test or benchmark.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    let mixed = (seed ^ 0x9e3779b9) >>> 0;
    mixed = Math.imul(mixed ^ (mixed >>> 16), 0x85ebca6b) >>> 0;
    mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35) >>> 0;
    this.state = (mixed ^ (mixed >>> 16)) >>> 0 || 1;
  }

  /** A number in [0, 1). */
  next(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state / 4294967296;
  }

  /** An integer in [0, count). */
  below(count: number): number {
    return Math.floor(this.next() * count);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)]!;
  }

  /** A string of `count` decimal digits. */
  digits(count: number): string {
    let text = '';
    for (let index = 0; index < count; index += 1) text += String(this.below(10));
    return text;
  }
}
