import { agencyMatch, createPlanInput, type AgencyMatch } from '@vte/contracts';
import { describe, expect, it } from 'vitest';
import {
  asParsedPreview,
  initReview,
  nameStats,
  namesToCreate,
  refOf,
  reviewProblems,
  toCreateInput,
  usagesOf,
  type ParsedPreview,
  type Review,
} from './import-model';

const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const UNIT = id(1);
const VHXH = id(11); // Phòng Văn hóa - Xã hội
const TRAM = id(12); // Trạm Y tế
const HOI = id(13); // group: Các Hội, đoàn thể
const CONG_AN = id(14);

const src = (line: number, text: string) => ({ lines: [line, line] as [number, number], text });

function parsed(): ParsedPreview {
  return {
    title: 'Kế hoạch thực hiện công tác trẻ em năm 2025',
    issuer: 'UBND đặc khu Lý Sơn',
    number: '65/KH-UBND',
    place: 'Lý Sơn',
    date: '2025-04-03',
    year: 2025,
    bases: ['Luật Trẻ em năm 2016', '  '],
    purpose: 'Bảo vệ trẻ em',
    requirements: [' Bảo đảm đúng tiến độ ', ''],
    funding: null,
    organisation: [
      {
        agency: 'Phòng Văn hóa - Xã hội',
        responsibilities: 'Chủ trì, theo dõi',
        source: src(40, 'Phòng VH-XH: chủ trì'),
      },
      { agency: 'Công an', responsibilities: '   ' },
    ],
    reporting: [
      { period: '6 tháng', due: '2025-06-20', dueRule: 'before', source: src(50, 'trước ngày 20/6') },
      { period: ' ', due: null, dueRule: 'rule' },
    ],
    recipients: ['UBND tỉnh', 'Lưu: VT'],
    tasks: [
      {
        number: '1',
        content: '  Tuyên truyền về quyền trẻ em  ',
        lead: ['Phòng Văn hóa - Xã hội'],
        partners: ['Các Hội, đoàn thể', 'Trạm y tế'],
        timeframe: ' Quý II, IV ',
        timeframeParsed: { kind: 'quarters', year: 2025, quarters: [2, 4] },
        outputs: 'Báo cáo',
        source: { content: src(10, '1. Tuyên truyền') },
        subtasks: [
          {
            number: '1.1',
            content: 'In tờ rơi',
            lead: [],
            partners: ['Trạm y tế'],
            timeframe: null,
            timeframeParsed: null,
            outputs: '  ',
            source: { content: src(11, 'a) In tờ rơi') },
          },
        ],
      },
      {
        number: '2',
        content: 'Rà soát trẻ em có hoàn cảnh đặc biệt',
        lead: ['Công an xã', 'Các Trường học'],
        partners: ['Phòng Văn hóa - Xã hội'],
        timeframe: null,
        timeframeParsed: null,
        outputs: null,
        subtasks: [],
      },
    ],
    source: { title: src(1, 'KẾ HOẠCH') },
    warnings: ['Không đọc được bảng ở trang 3'],
  };
}

const candidate = (
  kind: 'agency' | 'group',
  cid: string,
  name: string,
  how: 'exact' | 'alias' | 'short' | 'similar',
  score = 1,
) => ({
  kind,
  id: cid,
  name,
  how,
  score,
});

function matches(): AgencyMatch[] {
  return agencyMatch.array().parse([
    {
      writtenAs: 'Phòng Văn hóa - Xã hội',
      match: candidate('agency', VHXH, 'Phòng Văn hóa - Xã hội', 'exact'),
      candidates: [candidate('agency', VHXH, 'Phòng Văn hóa - Xã hội', 'exact')],
    },
    {
      writtenAs: 'Trạm y tế',
      match: candidate('agency', TRAM, 'Trạm Y tế đặc khu', 'alias', 0.9),
      candidates: [],
    },
    {
      writtenAs: 'Các Hội, đoàn thể',
      match: candidate('group', HOI, 'Các Hội, đoàn thể đặc khu', 'short', 0.8),
      candidates: [],
    },
    {
      writtenAs: 'Công an xã',
      match: null,
      candidates: [candidate('agency', CONG_AN, 'Công an đặc khu', 'similar', 0.6)],
    },
    // 'Các Trường học' has no match at all: proposed for creation.
  ]);
}

const review = (): Review => initReview(parsed(), matches(), UNIT, 'ke-hoach-65.docx');

describe('asParsedPreview', () => {
  it('accepts an object with the arrays the screen reads', () => {
    const value = parsed();
    expect(asParsedPreview(value)).toBe(value);
  });

  it('refuses anything else', () => {
    expect(asParsedPreview(null)).toBeNull();
    expect(asParsedPreview('text')).toBeNull();
    expect(asParsedPreview({})).toBeNull();
    expect(asParsedPreview({ ...parsed(), tasks: 'x' })).toBeNull();
    const { organisation: _organisation, ...withoutOrganisation } = parsed();
    expect(asParsedPreview(withoutOrganisation)).toBeNull();
  });
});

describe('initReview', () => {
  it('resolves each phrase once: matched agency, matched group, suggestions, or a new agency', () => {
    expect(review().resolutions).toEqual({
      'Phòng Văn hóa - Xã hội': { type: 'agency', id: VHXH, name: 'Phòng Văn hóa - Xã hội', how: 'exact' },
      'Các Hội, đoàn thể': { type: 'group', id: HOI, name: 'Các Hội, đoàn thể đặc khu', how: 'short' },
      'Trạm y tế': { type: 'agency', id: TRAM, name: 'Trạm Y tế đặc khu', how: 'alias' },
      'Công an xã': {
        type: 'suggested',
        candidates: [candidate('agency', CONG_AN, 'Công an đặc khu', 'similar', 0.6)],
      },
      // "các" is dropped from the proposed name; the phrase as written stays the key.
      'Các Trường học': { type: 'create', name: 'Trường học', kind: 'other', confirmed: false },
    });
  });

  it('keeps the candidates offered for every phrase', () => {
    const { candidates } = review();
    expect(candidates['Phòng Văn hóa - Xã hội']).toHaveLength(1);
    expect(candidates['Công an xã']?.map((c) => c.id)).toEqual([CONG_AN]);
    expect(candidates['Các Trường học']).toEqual([]);
  });

  it('keys tasks t<i> and subtasks t<i>.<j>, with their sources', () => {
    const { draft } = review();
    expect(draft.tasks.map((t) => [t.key, t.number, t.subtasks.map((s) => s.key)])).toEqual([
      ['t0', '1', ['t0.0']],
      ['t1', '2', []],
    ]);
    expect(draft.tasks[0]?.source).toEqual({ content: src(10, '1. Tuyên truyền') });
    expect(draft.tasks[0]?.subtasks[0]?.source).toEqual({ content: src(11, 'a) In tờ rơi') });
    expect(draft.tasks[1]?.source).toEqual({});
    expect(draft.tasks[0]?.timeframe).toEqual({ kind: 'quarters', year: 2025, quarters: [2, 4] });
    expect(draft.tasks[0]?.lead).toEqual(['Phòng Văn hóa - Xã hội']);
  });

  it('carries the header, warnings and source references', () => {
    const r = review();
    expect(r.draft.unitId).toBe(UNIT);
    expect(r.draft.issuedDate).toBe('2025-04-03');
    expect(r.draft.sourceFilename).toBe('ke-hoach-65.docx');
    expect(r.warnings).toEqual(['Không đọc được bảng ở trang 3']);
    expect(r.sources).toEqual({ title: src(1, 'KẾ HOẠCH') });
    expect(r.reportingSources).toEqual([src(50, 'trước ngày 20/6'), undefined]);
    expect(r.organisationSources).toEqual([src(40, 'Phòng VH-XH: chủ trì'), undefined]);
  });

  it('has no warnings or sources when the parser gave none', () => {
    const { warnings: _w, source: _s, ...bare } = parsed();
    const r = initReview(bare, [], UNIT);
    expect(r.warnings).toEqual([]);
    expect(r.sources).toEqual({});
    expect(r.draft.sourceFilename).toBeNull();
  });
});

describe('usagesOf', () => {
  it('lists where each phrase is used, subtasks included', () => {
    const used = usagesOf(review().draft.tasks);
    expect(used.get('Trạm y tế')).toEqual([
      { taskKey: 't0', number: '1', role: 'partner' },
      { taskKey: 't0.0', number: '1.1', role: 'partner' },
    ]);
    expect(used.get('Phòng Văn hóa - Xã hội')).toEqual([
      { taskKey: 't0', number: '1', role: 'lead' },
      { taskKey: 't1', number: '2', role: 'partner' },
    ]);
    expect([...used.keys()].sort()).toEqual(
      ['Các Hội, đoàn thể', 'Các Trường học', 'Công an xã', 'Phòng Văn hóa - Xã hội', 'Trạm y tế'].sort(),
    );
  });
});

describe('reviewProblems', () => {
  it('blocks on suggested names only (names to create are confirmed, not blocked)', () => {
    expect(reviewProblems(review())).toEqual([
      { taskKey: 't1', number: '2', kind: 'suggested', name: 'Công an xã' },
    ]);
  });

  it('requires content everywhere and a lead on tasks, not on subtasks', () => {
    const r = review();
    const [first, second] = r.draft.tasks;
    const added = { ...second!, key: 'new1', number: '3', content: '  ', lead: [], partners: [] };
    r.draft.tasks = [{ ...first!, lead: [], subtasks: [{ ...first!.subtasks[0]!, content: '' }] }, added];
    expect(reviewProblems(r)).toEqual([
      { taskKey: 't0', number: '1', kind: 'noLead' },
      { taskKey: 't0.0', number: '1.1', kind: 'noContent' },
      { taskKey: 'new1', number: '3', kind: 'noContent' },
      { taskKey: 'new1', number: '3', kind: 'noLead' },
    ]);
  });

  it('has no problems once the suggestion is picked', () => {
    const r = review();
    r.resolutions['Công an xã'] = { type: 'agency', id: CONG_AN, name: 'Công an đặc khu', how: 'picked' };
    expect(reviewProblems(r)).toEqual([]);
  });
});

describe('namesToCreate / nameStats', () => {
  it('lists the names to create that are still used', () => {
    expect(namesToCreate(review())).toEqual([
      { writtenAs: 'Các Trường học', name: 'Trường học', kind: 'other' },
    ]);
    const r = review();
    r.draft.tasks[1] = { ...r.draft.tasks[1]!, lead: ['Công an xã'] };
    expect(namesToCreate(r)).toEqual([]);
  });

  it('counts each used phrase once', () => {
    expect(nameStats(review())).toEqual({ matched: 3, suggested: 1, create: 1 });
  });
});

describe('refOf', () => {
  it('writes each resolution the way the server takes it', () => {
    expect(refOf('A', { type: 'agency', id: VHXH, name: 'x', how: 'picked' })).toEqual({
      writtenAs: 'A',
      agencyId: VHXH,
    });
    expect(refOf('G', { type: 'group', id: HOI, name: 'x', how: 'exact' })).toEqual({
      writtenAs: 'G',
      groupId: HOI,
    });
    expect(refOf('N', { type: 'create', name: 'Trường học', kind: 'school', confirmed: true })).toEqual({
      writtenAs: 'N',
      create: { name: 'Trường học', kind: 'school' },
    });
    expect(refOf('S', { type: 'suggested', candidates: [] })).toEqual({ writtenAs: 'S' });
    expect(refOf('U', undefined)).toEqual({ writtenAs: 'U' });
  });
});

describe('toCreateInput', () => {
  const resolved = (): Review => {
    const r = review();
    r.resolutions['Công an xã'] = { type: 'agency', id: CONG_AN, name: 'Công an đặc khu', how: 'picked' };
    return r;
  };

  it('produces a body the contract accepts as is', () => {
    const input = toCreateInput(resolved());
    expect(createPlanInput.parse(input)).toEqual(input);
  });

  it('trims lists and drops blank entries, organisation without duties and reporting without period', () => {
    const input = toCreateInput(resolved());
    expect(input.bases).toEqual(['Luật Trẻ em năm 2016']);
    expect(input.requirements).toEqual(['Bảo đảm đúng tiến độ']);
    expect(input.recipients).toEqual(['UBND tỉnh', 'Lưu: VT']);
    expect(input.organisation).toEqual([
      { agency: 'Phòng Văn hóa - Xã hội', responsibilities: 'Chủ trì, theo dõi' },
    ]);
    expect(input.reporting).toEqual([{ period: '6 tháng', due: '2025-06-20', dueRule: 'before' }]);
  });

  it('writes tasks with their references resolved and blank texts as null', () => {
    const [first, second] = toCreateInput(resolved()).tasks;
    expect(first).toEqual({
      number: '1',
      content: 'Tuyên truyền về quyền trẻ em',
      lead: [{ writtenAs: 'Phòng Văn hóa - Xã hội', agencyId: VHXH }],
      partners: [
        { writtenAs: 'Các Hội, đoàn thể', groupId: HOI },
        { writtenAs: 'Trạm y tế', agencyId: TRAM },
      ],
      timeframeText: 'Quý II, IV',
      timeframe: { kind: 'quarters', year: 2025, quarters: [2, 4] },
      outputs: 'Báo cáo',
      budget: null,
      subtasks: [
        {
          number: '1.1',
          content: 'In tờ rơi',
          lead: [],
          partners: [{ writtenAs: 'Trạm y tế', agencyId: TRAM }],
          timeframeText: null,
          timeframe: null,
          outputs: null,
          budget: null,
        },
      ],
    });
    expect(second?.lead).toEqual([
      { writtenAs: 'Công an xã', agencyId: CONG_AN },
      { writtenAs: 'Các Trường học', create: { name: 'Trường học', kind: 'other' } },
    ]);
  });
});
