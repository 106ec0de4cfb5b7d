import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { docxWithTaskTable } from '../../apps/server/src/modules/plans/parse/fixtures/make-docx';
import { run } from './plan-parse';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'apps/server/src/modules/plans/parse/fixtures');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'plan-parse-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function capture(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
  try {
    const code = await run(args);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('plan:parse', () => {
  it('prints the seed plan as JSON and the warnings on stderr', async () => {
    const { code, out, err } = await capture([path.join(FIXTURES, 'seed-ly-son-2025.txt')]);
    expect(code).toBe(0);
    const plan = JSON.parse(out) as {
      title: string;
      tasks: { lead: string[] }[];
      reporting: { due: string }[];
    };
    expect(plan.title).toBe('Triển khai thực hiện công tác trẻ em trên địa bàn huyện Lý Sơn năm 2025');
    expect(plan.tasks).toHaveLength(13);
    expect(plan.tasks[10]!.lead).toEqual(['Phòng Nội vụ', 'Đồn Công an Lý Sơn']);
    expect(plan.reporting.map((r) => r.due)).toEqual(['2025-05-10', '2025-11-10']);
    expect(err).toContain('Cảnh báo:');
  });

  it('fails in Vietnamese on a missing argument, a missing file and a bad file', async () => {
    expect((await capture([])).code).toBe(2);
    const missing = await capture([path.join(tmp, 'khong-co.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('không tồn tại');
    const empty = path.join(tmp, 'rong.txt');
    writeFileSync(empty, '');
    const bad = await capture([empty]);
    expect(bad.code).toBe(1);
    expect(bad.out).toBe('');
    expect(bad.err).toContain('Tệp rỗng');
    const pdf = path.join(tmp, 'a.pdf');
    writeFileSync(pdf, '%PDF-1.4');
    expect((await capture([pdf])).err).toContain('UNSUPPORTED_TYPE');
  });

  it('runs through scripts/cli.ts on a .docx', async () => {
    const file = path.join(tmp, 'ke-hoach.docx');
    writeFileSync(file, await docxWithTaskTable());
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'scripts/cli.ts', 'plan:parse', file],
      {
        cwd: ROOT,
      },
    );
    const plan = JSON.parse(stdout) as { number: string; tasks: { number: string }[] };
    expect(plan.number).toBe('88/KH-UBND');
    expect(plan.tasks.map((t) => t.number)).toEqual(['1', '2', '3']);
  }, 60_000);
});
