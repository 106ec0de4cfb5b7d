import { describe, expect, it } from 'vitest';
import { DOCUMENT_WORKER_LIMITS } from '../../../platform/documents/limits';
import { wordBomb, wordOfRandomText } from '../../../platform/documents/zip-fixtures.test-support';
import { docxWithTaskTable } from './fixtures/make-docx';
import { parsePlanFileIsolated } from './isolated';
import { PlanParseError } from './errors';

const MB = 1024 * 1024;

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof PlanParseError) return e.code;
    throw e;
  }
  return 'parsed';
}

describe('parsePlanFileIsolated (a worker thread per parse)', () => {
  it('parses a real .docx in the worker, as in the thread', async () => {
    const plan = await parsePlanFileIsolated(await docxWithTaskTable(), 'ke-hoach.docx');
    expect(plan.tasks.length).toBeGreaterThan(0);
    expect(plan.tasks[0]!.lead.length).toBeGreaterThan(0);
  });

  it('passes the parse refusals through with their message', async () => {
    await expect(parsePlanFileIsolated(Buffer.from('THÔNG BÁO\nLịch họp.\n'), 'a.txt')).rejects.toMatchObject(
      {
        code: 'NOT_A_PLAN',
        message: expect.stringContaining('không tìm thấy nhiệm vụ'),
      },
    );
  });

  it('contains a parse that exhausts its heap: the worker dies, the caller gets TOO_COMPLEX', async () => {
    // 1 MB of paragraphs: within the zip limits, parsed fine with the normal heap (NOT_A_PLAN:
    // no tasks in random words), but far over an 8 MB heap.
    const doc = wordOfRandomText(1 * MB);
    expect(await code(parsePlanFileIsolated(doc, 'a.docx'))).toBe('NOT_A_PLAN');
    const tight = { ...DOCUMENT_WORKER_LIMITS, maxOldGenerationMb: 8, maxYoungGenerationMb: 1 };
    expect(await code(parsePlanFileIsolated(doc, 'a.docx', {}, tight))).toBe('TOO_COMPLEX');
  });

  it('ends a parse past its deadline', async () => {
    const late = { ...DOCUMENT_WORKER_LIMITS, timeoutMs: 1 };
    expect(await code(parsePlanFileIsolated(await docxWithTaskTable(), 'a.docx', {}, late))).toBe(
      'TOO_COMPLEX',
    );
  });

  it('runs two parses at once and lets eight wait; the next upload gets 503 SERVER_BUSY', async () => {
    const late = { ...DOCUMENT_WORKER_LIMITS, timeoutMs: 1 };
    const doc = await docxWithTaskTable();
    const all = Array.from({ length: 11 }, () => code(parsePlanFileIsolated(doc, 'a.docx', {}, late)));
    const answers = await Promise.all(all.map((p) => p.catch((e: { code?: string }) => e.code ?? 'thrown')));
    expect(answers.slice(0, 10)).toEqual(Array(10).fill('TOO_COMPLEX'));
    expect(answers[10]).toBe('SERVER_BUSY');
    // The slots are free again.
    expect(await code(parsePlanFileIsolated(doc, 'a.docx', {}, late))).toBe('TOO_COMPLEX');
  });

  it('refuses a bomb before starting a worker, and one that lies about its sizes inside it', async () => {
    expect(await code(parsePlanFileIsolated(await wordBomb(110 * MB), 'a.docx'))).toBe('TOO_COMPLEX');
    expect(await code(parsePlanFileIsolated(await wordBomb(110 * MB, 4000), 'a.docx'))).toBe('TOO_COMPLEX');
  });
});
