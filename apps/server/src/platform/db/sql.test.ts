import { describe, expect, it } from 'vitest';
import { uuidArrayParam } from './sql';

describe('uuidArrayParam', () => {
  const a = '8f4b2c1e-1d2a-4c3b-9e8f-0a1b2c3d4e5f';
  const b = '11111111-2222-4333-8444-555555555555';

  it('writes the array text PostgreSQL reads as uuid[], once per set', () => {
    const scope = new Set([a, b]);
    const text = uuidArrayParam(scope);
    expect(text).toBe(`{${a},${b}}`);
    expect(uuidArrayParam(scope)).toBe(text);
    expect(uuidArrayParam([])).toBe('{}');
  });

  it('refuses anything that is not a uuid (the text goes into the literal unquoted)', () => {
    expect(() => uuidArrayParam([a, 'x"},{'])).toThrow(/not a uuid/);
  });
});
