/** How many records a callback receives at a time: enough to make a transaction worth it. */
export const batchSize = 1000;

/** Collects items and hands them on a batch at a time, synchronously. */
export class RecordBatch<T> {
  private items: T[] = [];

  constructor(private readonly deliver: (items: T[]) => void) {}

  add(item: T): void {
    this.items.push(item);
    if (this.items.length >= batchSize) this.flush();
  }

  flush(): void {
    if (this.items.length === 0) return;
    const items = this.items;
    this.items = [];
    this.deliver(items);
  }
}
