/** At most one report per interval (~10 a second), and always the last one. */
export class ProgressThrottle<T> {
  private lastAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly report: ((value: T) => void) | undefined,
    private readonly intervalMs = 100,
  ) {}

  /** `value` is built only when a report is due. */
  offer(value: () => T): void {
    if (this.report === undefined) return;
    const now = performance.now();
    if (now - this.lastAt < this.intervalMs) return;
    this.lastAt = now;
    this.report(value());
  }

  final(value: T): void {
    this.report?.(value);
  }
}
