import type { CacheListener } from '../db/cache-listener';

/**
 * A short-lived, per-user cache of serialized answers for the catalogue lists that every picker and
 * admin screen asks for again and again (agencies, users). Keyed by user and full URL, so no one
 * ever sees an answer computed for someone else. Emptied by any write through this process's API and
 * by the cache listener when any process (or the CLI, or psql) writes a table these lists read
 * (platform/db/cache-listener.ts). Answers only while the listener is live; TTL 0 turns it off.
 */
export class ListCache {
  private readonly entries = new Map<string, { body: string; at: number }>();
  /** Bumped by every clear: an answer computed before a write is not kept after it. */
  generation = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly listener: CacheListener,
    private readonly max = 1000,
  ) {
    listener.on('*', () => this.clear());
  }

  get enabled(): boolean {
    return this.ttlMs > 0 && this.listener.live;
  }

  get(key: string): string | undefined {
    if (!this.enabled) return undefined;
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
