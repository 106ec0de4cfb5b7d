import { describe, expect, it } from 'vitest';
import { memorySettings } from './embedded';

// The embedded server's buffer pool follows the machine: the register's counts index must fit in it.
describe('embedded PostgreSQL memory', () => {
  const gb = 2 ** 30;
  it('takes an eighth of RAM for shared_buffers, between 128 MB and 2 GB', () => {
    expect(memorySettings(4 * gb)).toContain('shared_buffers=512MB');
    expect(memorySettings(0.5 * gb)).toContain('shared_buffers=128MB');
    expect(memorySettings(64 * gb)).toContain('shared_buffers=2048MB');
  });
  it('tells the planner the cache it can count on, up to 8 GB', () => {
    expect(memorySettings(4 * gb)).toContain('effective_cache_size=2048MB');
    expect(memorySettings(64 * gb)).toContain('effective_cache_size=8192MB');
  });
});
