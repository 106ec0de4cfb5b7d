// The register of children's live counts offered pre-filled in the focal department's report, and an
// override that needs a reason (stored, shown, audited).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyReportDto } from '@vte/contracts';
import { LY_SON } from '../org';
import { createTestApp, type TestApp } from '../../test/harness';
import { addChild } from '../../test/register-children';
import { useClock } from './clock';
import { formOf, reportingWorld, type People } from './reports-test-kit';

let t: TestApp;
let p: People;
let six: { id: string; dueDate: string };
let reportId: string;
const P = LY_SON.provinceId;

const entry = (r: { indicators: { indicator: { code: string } }[] }, code: string) =>
  r.indicators.find(
    (e) => e.indicator.code === code,
  ) as (typeof agencyReportDto)['_zod']['output']['indicators'][number];
const total = (e: { cells: { disagg: string; value: number | null }[] }) =>
  e.cells.find((c) => c.disagg === '')!.value;
const read = async () =>
  (await t.get(`/api/reports/agency/${reportId}`, agencyReportDto, { session: p.focal })).body;
const stored = async (code: string) =>
  (
    await t.pool.query<{
      value: number;
      source: string | null;
      register_value: number;
      override_reason: string | null;
    }>(
      `select v.value, v.source, v.register_value, v.override_reason from indicator_value v
         join indicator i on i.id = v.indicator_id where i.code = $1 and v.disagg = ''`,
      [code],
    )
  ).rows;

beforeAll(async () => {
  t = await createTestApp();
  ({ people: p, six } = await reportingWorld(t));
  const home = [{ unitId: LY_SON.districtId, from: '2015-01-01' }];
  await addChild(t.pool, { provinceId: P, dob: '2014-02-02', sex: 'M', residences: home });
  await addChild(t.pool, {
    provinceId: P,
    dob: '2021-03-03',
    sex: 'F',
    residences: home,
    circumstances: [{ group: 'a', from: '2024-01-01' }],
  });
  await addChild(t.pool, {
    provinceId: P,
    dob: '2012-04-04',
    sex: 'F',
    residences: home,
    circumstances: [{ group: 'b', from: '2023-01-01' }],
  });
  useClock(() => new Date('2025-05-02T02:00:00Z'));
});
afterAll(() => {
  useClock(() => new Date());
  return t.close();
});

describe('register counts pre-filled in the six-month report', () => {
  it('offers DP.0101 and DP.0301 from the register with the source shown; other agencies get none', async () => {
    const r = await t.post(`/api/reports/periods/${six.id}/my-report`, agencyReportDto, { session: p.focal });
    reportId = r.body.id;
    const special = entry(r.body, 'DP.0301');
    expect(total(special)).toBe(2);
    expect(special.register!.source).toMatch(/^Sổ theo dõi trẻ em, tính đến \d\d\/\d\d\/2025$/);
    expect(special.register!.cells['sex=nu']).toBe(2);
    const children = entry(r.body, 'DP.0101');
    expect(total(children)).toBe(3);
    expect(children.cells.find((c) => c.disagg === 'age=0-5')!.value).toBe(1);
    expect(await stored('DP.0301')).toEqual([]);
    const other = await t.post(`/api/reports/periods/${six.id}/my-report`, agencyReportDto, {
      session: p.gddt,
    });
    expect(other.body.indicators.every((e) => !e.register)).toBe(true);
  });

  it('keeps a figure different from the register without a reason in the draft only; submitting it is refused', async () => {
    const r = await read();
    const id = entry(r, 'DP.0301').indicator.id;
    // Issue 9 item 1: the draft keeps what was typed and names the rule; the value is not stored.
    const kept = await t.put(`/api/reports/agency/${reportId}`, agencyReportDto, {
      session: p.focal,
      body: formOf(r, { indicatorValues: [{ indicatorId: id, disagg: '', value: 5 }] }),
    });
    expect(kept.body.draftIssues.map((i) => i.message)).toEqual([
      'DP.0301 – Tổng số: khác số liệu Sổ theo dõi trẻ em (2); hãy ghi lý do điều chỉnh.',
    ]);
    expect(total(entry(kept.body, 'DP.0301'))).toBe(5);
    expect(await stored('DP.0301')).toEqual([]);
    const bad = await t.refused('POST', `/api/reports/agency/${reportId}/submit`, {
      session: p.focal,
      body: formOf(kept.body, { indicatorValues: [{ indicatorId: id, disagg: '', value: 5 }] }),
    });
    expect([bad.status, bad.body.error.code]).toEqual([400, 'INDICATOR_VALUE_INVALID']);
    expect(JSON.stringify(bad.body.error.details)).toContain('khác số liệu Sổ theo dõi trẻ em (2)');
    expect(await stored('DP.0301')).toEqual([]);
    expect((await read()).status).toBe('draft');
  });

  it('stores an override with its reason, shows it and audits it; the register figure stays beside it', async () => {
    const r = await read();
    const id = entry(r, 'DP.0301').indicator.id;
    const children = entry(r, 'DP.0101').indicator.id;
    const reason = 'Có 3 trẻ mới chuyển đến chưa nhập vào sổ.';
    await t.put(`/api/reports/agency/${reportId}`, agencyReportDto, {
      session: p.focal,
      body: formOf(r, {
        indicatorValues: [
          { indicatorId: id, disagg: '', value: 5, overrideReason: reason },
          { indicatorId: children, disagg: '', value: 3 },
        ],
      }),
    });
    expect(await stored('DP.0301')).toEqual([
      { value: 5, source: null, register_value: 2, override_reason: reason },
    ]);
    expect(await stored('DP.0101')).toEqual([
      { value: 3, source: 'register', register_value: 3, override_reason: null },
    ]);
    const after = await read();
    expect(total(entry(after, 'DP.0301'))).toBe(5);
    expect(entry(after, 'DP.0301').overrideReason).toBe(reason);
    expect(entry(after, 'DP.0301').register!.cells['']).toBe(2);
    const audit = await t.pool.query<{
      after: { cells: { code: string; overrideReason?: string; registerValue?: number }[] };
    }>(
      `select after from audit_log where entity = 'indicator_value' and entity_id = $1 order by id desc limit 1`,
      [six.id],
    );
    expect(audit.rows[0]!.after.cells).toContainEqual(
      expect.objectContaining({ code: 'DP.0301', value: 5, registerValue: 2, overrideReason: reason }),
    );
  });

  it('offers the register in the consolidated report where no agency figure was accepted, source shown', async () => {
    const gen = await t.apiRaw('POST', `/api/reports/periods/${six.id}/consolidated`, {
      session: p.focal,
      body: {},
    });
    expect(gen.status).toBe(200);
    type Row = { code: string; total: number | null; register?: { source: string; filled: string[] } | null };
    const rows = gen.body.report.indicators as Row[];
    const special = rows.find((i) => i.code === 'DP.0301')!;
    expect(special.total).toBe(2);
    expect(special.register!.filled).toContain('');
    expect(special.register!.source).toMatch(/^Sổ theo dõi trẻ em, tính đến /);
    const rate = rows.find((i) => i.code === 'DP.0304')!;
    expect(rate.total).toBeCloseTo(66.67, 2);
  });
});
