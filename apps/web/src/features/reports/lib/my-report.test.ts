import { describe, expect, it } from 'vitest';
import { actionOf } from './my-report';
import { myReport } from './test-fixtures';

describe('actionOf', () => {
  it('creates the report when there is none yet', () => {
    expect(actionOf(myReport(null))).toBe('create');
  });

  it('continues an unlocked draft or a report sent back for changes', () => {
    expect(actionOf(myReport({ status: 'draft' }))).toBe('continue');
    expect(actionOf(myReport({ status: 'returned', version: 1 }))).toBe('continue');
  });

  it('only views what was sent or accepted', () => {
    expect(actionOf(myReport({ status: 'submitted', version: 1 }))).toBe('view');
    expect(actionOf(myReport({ status: 'accepted', version: 1 }))).toBe('view');
  });

  it('only views a locked report, even a draft or a returned one', () => {
    expect(actionOf(myReport({ status: 'draft', locked: true }))).toBe('view');
    expect(actionOf(myReport({ status: 'returned', locked: true }))).toBe('view');
  });
});
