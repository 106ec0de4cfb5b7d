import { describe, expect, it } from 'vitest';
import { clockTime } from './time';

describe('clockTime', () => {
  it('shows HH:mm in Vietnam time (UTC+7), zero-padded', () => {
    expect(clockTime(new Date('2025-07-01T07:05:00.000Z'))).toBe('14:05');
    expect(clockTime(new Date('2025-07-01T02:03:59.999Z'))).toBe('09:03');
  });

  it('uses 00–23 hours and wraps past midnight in Vietnam', () => {
    expect(clockTime(new Date('2025-12-31T17:00:00.000Z'))).toBe('00:00');
    expect(clockTime(new Date('2025-06-30T16:59:00.000Z'))).toBe('23:59');
    expect(clockTime(new Date('2025-01-01T05:00:00.000Z'))).toBe('12:00');
  });

  it('does not depend on an offset written in the input', () => {
    expect(clockTime(new Date('2025-07-01T08:30:00-05:00'))).toBe('20:30');
  });
});
