// Rendered pages kept until the data they show changes: the dashboard is read far more often than
// anything is written, and rendering it is most of a request's cost (bench/RESULTS.md). A key names
// everything a page depends on: the owner's API, the data version, the minute (for "overdue") and
// the request's options. Where the store has no data version (PostgreSQL), nothing is kept.
export class PageCache {
  private readonly pages = new Map<string, Uint8Array<ArrayBuffer>>();

  constructor(private readonly capacity = 64) {}

  get(key: string): Uint8Array<ArrayBuffer> | undefined {
    const page = this.pages.get(key);
    if (page) {
      // Most recently used last, so the oldest is the first to go.
      this.pages.delete(key);
      this.pages.set(key, page);
    }
    return page;
  }

  set(key: string, page: Uint8Array<ArrayBuffer>): void {
    this.pages.delete(key);
    this.pages.set(key, page);
    while (this.pages.size > this.capacity) {
      const oldest = this.pages.keys().next().value;
      if (oldest === undefined) break;
      this.pages.delete(oldest);
    }
  }
}
