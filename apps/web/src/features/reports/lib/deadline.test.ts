import { describe, expect, it } from 'vitest';
import { daysBetween, deadlineOf } from './deadline';

describe('daysBetween', () => {
  it.each([
    ['2025-06-20', '2025-06-20', 0],
    ['2025-06-20', '2025-06-21', 1],
    ['2025-06-21', '2025-06-20', -1],
    ['2025-01-31', '2025-02-01', 1],
    ['2025-02-28', '2025-03-01', 1],
    ['2024-02-28', '2024-03-01', 2],
    ['2024-12-31', '2025-01-01', 1],
    ['2025-01-01', '2024-12-31', -1],
    ['2025-01-01', '2026-01-01', 365],
    ['2024-01-01', '2025-01-01', 366],
    ['2025-06-30', '2025-07-01', 1],
  ])('%s → %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it('counts calendar days of timestamps by their date part, not 24-hour spans', () => {
    expect(daysBetween('2025-06-20T23:59:59.000Z', '2025-06-21T00:00:01.000Z')).toBe(1);
    expect(daysBetween('2025-06-20T00:00:00.000Z', '2025-06-20T23:59:59.000Z')).toBe(0);
  });

  it('is the same in both directions with the sign flipped', () => {
    expect(daysBetween('2025-03-15', '2025-11-02')).toBe(232);
    expect(daysBetween('2025-11-02', '2025-03-15')).toBe(-232);
  });
});

describe('deadlineOf', () => {
  it('counts the days left before the due date', () => {
    expect(deadlineOf('2025-06-20', '2025-06-15')).toEqual({ kind: 'left', days: 5 });
    expect(deadlineOf('2025-06-20', '2025-06-19')).toEqual({ kind: 'left', days: 1 });
  });

  it('counts days left across a month end and a year end', () => {
    expect(deadlineOf('2025-08-01', '2025-07-30')).toEqual({ kind: 'left', days: 2 });
    expect(deadlineOf('2026-01-05', '2025-12-30')).toEqual({ kind: 'left', days: 6 });
    expect(deadlineOf('2024-03-01', '2024-02-28')).toEqual({ kind: 'left', days: 2 });
  });

  it('says "today" on the due date', () => {
    expect(deadlineOf('2025-12-31', '2025-12-31')).toEqual({ kind: 'today', days: 0 });
  });

  it('counts overdue days as a positive number, across a month end and a year end', () => {
    expect(deadlineOf('2025-06-20', '2025-06-21')).toEqual({ kind: 'overdue', days: 1 });
    expect(deadlineOf('2025-06-30', '2025-07-02')).toEqual({ kind: 'overdue', days: 2 });
    expect(deadlineOf('2024-12-31', '2025-01-02')).toEqual({ kind: 'overdue', days: 2 });
  });

  it('is done once submitted, whether early, on the day or late', () => {
    expect(deadlineOf('2025-06-20', '2025-06-10', true)).toEqual({ kind: 'done', days: 0 });
    expect(deadlineOf('2025-06-20', '2025-06-20', true)).toEqual({ kind: 'done', days: 0 });
    expect(deadlineOf('2025-06-20', '2025-09-01', true)).toEqual({ kind: 'done', days: 0 });
  });

  it('is not done when submitted is false', () => {
    expect(deadlineOf('2025-06-20', '2025-06-22', false)).toEqual({ kind: 'overdue', days: 2 });
  });
});
