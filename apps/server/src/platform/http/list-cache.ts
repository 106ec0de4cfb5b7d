/**
 * A short-lived, per-user cache of serialized answers for the catalogue lists that every picker and
 * admin screen asks for again and again (agencies, users). Keyed by user and full URL, so no one
 * ever sees an answer computed for someone else. Any successful write through the API in this
 * process clears it at once; another app instance (or a CLI writing directly) is seen within the
 * TTL. TTL 0 turns it off.
 */
export class ListCache {
  private readonly entries = new Map<string, { body: string; at: number }>();
  /** Bumped by every clear: an answer computed before a write is not kept after it. */
  generation = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly max = 1000,
  ) {}

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  get(key: string): string | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (Date.now() - hit.at >= this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return hit.body;
  }

  set(key: string, body: string, generation: number): void {
    if (!this.enabled || generation !== this.generation) return;
    // Oldest first out: Map keeps insertion order.
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { body, at: Date.now() });
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }
}
