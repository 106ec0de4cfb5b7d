import { describe, expect, it } from 'vitest';
import { applyEdits, buildSections, mergeSections } from './consolidation';
import type { ExpectedAgency } from './expected';

const task = (id: string, n: number) => ({
  id,
  parentId: null,
  number: String(n),
  content: `Nội dung nhiệm vụ ${n}`,
  ord: n,
});
const agency = (id: string, name: string, tasks: [string, 'lead' | 'partner'][]): ExpectedAgency => ({
  id,
  name,
  standsFor: [],
  origins: [id],
  tasks: new Map(tasks.map(([t, role]) => [t, { taskId: t, role, via: null }])),
});
const report = (
  agencyId: string,
  agencyName: string,
  tasks: Record<string, string>,
  difficulties: string | null = null,
) => ({
  reportId: `r-${agencyId}`,
  agencyId,
  agencyName,
  version: 1,
  content: {
    tasks: Object.entries(tasks).map(([taskId, narrative]) => ({
      taskId,
      narrative,
      figures: [],
      attachmentIds: [],
    })),
    difficulties,
    proposals: null,
  },
});

describe('consolidation', () => {
  const expected = new Map([
    [
      'gd',
      agency('gd', 'Phòng GD&ĐT', [
        ['t1', 'partner'],
        ['t2', 'lead'],
      ]),
    ],
    ['nv', agency('nv', 'Phòng Nội vụ', [['t1', 'lead']])],
    ['ca', agency('ca', 'Công an huyện', [['t1', 'partner']])],
  ]);
  const base = {
    tasks: [task('t1', 1), task('t2', 2)],
    expected,
    accepted: [
      report(
        'gd',
        'Phòng GD&ĐT',
        { t1: 'Phối hợp tuyên truyền.', t2: 'Tổ chức 12 buổi.' },
        'Thiếu kinh phí.',
      ),
      report('nv', 'Phòng Nội vụ', { t1: 'Đã tham mưu kế hoạch.' }),
    ],
    missing: ['Công an huyện'],
    pending: [],
  };

  it('puts the lead first, then partners, and names who did not report', () => {
    const s = buildSections(base);
    const t1 = s.find((x) => x.key === 'task:t1')!;
    expect(t1.paragraphs.map((p) => p.text)).toEqual([
      'Phòng Nội vụ (chủ trì): Đã tham mưu kế hoạch.',
      'Phòng GD&ĐT (phối hợp): Phối hợp tuyên truyền.',
    ]);
    expect(t1.paragraphs[0]!.source).toMatchObject({ reportId: 'r-nv', role: 'lead', field: 'task:t1' });
    expect(s.find((x) => x.key === 'difficulties')!.paragraphs[0]!.text).toBe('Phòng GD&ĐT: Thiếu kinh phí.');
    expect(s.find((x) => x.key === 'missing')!.paragraphs[0]!.text).toContain('Công an huyện');
  });

  it('keeps hand edits on regeneration and flags those whose source changed', () => {
    const first = buildSections(base);
    const edited = applyEdits(first, [
      { id: 'task:t1:nv', text: 'Phòng Nội vụ đã tham mưu UBND ban hành kế hoạch.' },
    ]);
    expect(edited.find((x) => x.key === 'task:t1')!.paragraphs[0]!.edited).toBe(true);

    // Same sources: the edit stays, no conflict.
    const same = mergeSections(edited, buildSections(base), 'keep');
    expect(same.conflicts).toEqual([]);
    expect(same.sections.find((x) => x.key === 'task:t1')!.paragraphs[0]!.text).toBe(
      'Phòng Nội vụ đã tham mưu UBND ban hành kế hoạch.',
    );

    // The source changed: kept but flagged; "replace" takes the new text.
    const changed = {
      ...base,
      accepted: [base.accepted[0]!, report('nv', 'Phòng Nội vụ', { t1: 'Đã tham mưu và kiểm tra.' })],
    };
    const kept = mergeSections(edited, buildSections(changed), 'keep');
    expect(kept.conflicts.map((c) => c.id)).toEqual(['task:t1:nv']);
    const p = kept.sections.find((x) => x.key === 'task:t1')!.paragraphs[0]!;
    expect(p).toMatchObject({
      text: 'Phòng Nội vụ đã tham mưu UBND ban hành kế hoạch.',
      edited: true,
      staleSource: true,
    });
    const replaced = mergeSections(edited, buildSections(changed), 'replace');
    expect(replaced.sections.find((x) => x.key === 'task:t1')!.paragraphs[0]!).toMatchObject({
      text: 'Phòng Nội vụ (chủ trì): Đã tham mưu và kiểm tra.',
      edited: false,
    });
  });
});
