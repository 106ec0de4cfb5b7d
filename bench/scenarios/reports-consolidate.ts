import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { draftFromPreview, type ParsedPlanShape } from '@vte/contracts';
import { parsePlanText } from '../../apps/server/src/modules/plans/parse';
import { seedAssignments } from '../../apps/server/src/modules/indicators/indicators.seed-data';
import { REPO_ROOT } from '../lib/app-process';
import { signIn, type Session } from '../lib/http';
import {
  between,
  DIFFICULTIES,
  DISTRICT_AGENCIES,
  narrative,
  pick,
  PROPOSALS,
  prng,
  type Rnd,
} from './reports-text';

// consolidate40: one district whose plan is the seed plan's 13 tasks, assigned to 40 agencies; the
// plan goes in through POST /api/plans, and each of the 40 reports through the API as its reporter
// writes it (300–1500 characters per task entry, indicator values where assigned), then accepted.

export const SEED_PLAN = path.join(
  REPO_ROOT,
  'apps/server/src/modules/plans/seed-data/ke-hoach-ly-son-2025.txt',
);
export const BENCH_PASSWORD = 'Bench-Bao-cao-2026';
const YEAR = 2027; // after the machine clock: the period is open and the reports are on time

export interface Api {
  <T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, s: Session | null, body?: unknown): Promise<T>;
}

export function apiOf(baseUrl: string): Api {
  return async <T>(method: string, url: string, s: Session | null, body?: unknown): Promise<T> => {
    const headers: Record<string, string> = {};
    if (s) headers.cookie = s.cookie;
    if (s && method !== 'GET') headers['x-csrf-token'] = s.csrfToken;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${baseUrl}${url}`, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${url}: HTTP ${res.status} ${text.slice(0, 400)}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
}

export interface UserSeed {
  username: string;
  fullName: string;
  role: string;
  agencyId: string | null;
  scopeUnitId: string;
}

export async function insertUsers(
  c: pg.Client,
  provinceId: string,
  users: UserSeed[],
  hash: string,
): Promise<void> {
  await c.query(
    `insert into app_user (username, full_name, role, agency_id, scope_unit_id, province_id, password_hash, must_change_password)
     select u, f, r, a, s, $6, $7, false from unnest($1::text[], $2::text[], $3::text[], $4::uuid[], $5::uuid[]) as t(u, f, r, a, s)`,
    [
      users.map((u) => u.username),
      users.map((u) => u.fullName),
      users.map((u) => u.role),
      users.map((u) => u.agencyId),
      users.map((u) => u.scopeUnitId),
      provinceId,
      hash,
    ],
  );
}

export interface DistrictWorld {
  districtId: string;
  agencies: { id: string; name: string }[];
}

/** The district, its 40 agencies, their users and indicator assignments: straight into the tables. */
export async function seedDistrict(c: pg.Client, provinceId: string, hash: string): Promise<DistrictWorld> {
  const districtId = crypto.randomUUID();
  await c.query(
    `insert into admin_unit (id, code, name, type, parent_id, province_id, valid_from) values ($1, '990', 'Đảo Xanh', 'huyen', $2, $2, '2020-01-01')`,
    [districtId, provinceId],
  );
  const agencies = DISTRICT_AGENCIES.map((name) => ({ id: crypto.randomUUID(), name }));
  await c.query(
    `insert into agency (id, province_id, unit_id, name, kind, valid_from)
     select a, $1, $2, n, case when n like 'Ủy ban nhân dân%' then 'ubnd' when n like 'Công an%' then 'police' else 'department' end, '2020-01-01'
       from unnest($3::uuid[], $4::text[]) as t(a, n)`,
    [provinceId, districtId, agencies.map((a) => a.id), agencies.map((a) => a.name)],
  );
  await insertUsers(
    c,
    provinceId,
    [
      {
        username: 'bc.dau-moi',
        fullName: 'Nguyễn Thị Đầu Mối',
        role: 'focal_officer',
        agencyId: agencies[0]!.id,
        scopeUnitId: districtId,
      },
      ...agencies.map((a, i) => ({
        username: `bc.cq.${String(i + 1).padStart(2, '0')}`,
        fullName: `Cán bộ ${a.name}`,
        role: 'agency_reporter',
        agencyId: a.id,
        scopeUnitId: districtId,
      })),
    ],
    hash,
  );
  // The Lý Sơn district's indicator assignments, given to the same kinds of agencies here.
  const byKey: Record<string, string> = {
    'noi-vu': agencies[0]!.id,
    gddt: agencies[1]!.id,
    vhkhtt: agencies[2]!.id,
    'cong-an': agencies[10]!.id,
    ttyt: agencies[11]!.id,
  };
  const rows = seedAssignments.filter((a) => byKey[a.district]);
  await c.query(
    `insert into indicator_assignment (province_id, unit_id, indicator_id, agency_id)
     select $1, $2, i.id, t.a from unnest($3::text[], $4::uuid[]) as t(code, a) join indicator i on i.code = t.code on conflict do nothing`,
    [provinceId, districtId, rows.map((r) => r.code), rows.map((r) => byKey[r.district]!)],
  );
  return { districtId, agencies };
}

/** The seed plan's 13 tasks for this district: each task takes the next 6–8 agencies round-robin, 1–2 of them leading. */
export function planInput(w: DistrictWorld) {
  const parsed = parsePlanText(fs.readFileSync(SEED_PLAN, 'utf8')) as unknown as ParsedPlanShape;
  const draft = draftFromPreview(parsed, [], w.districtId, 'ke-hoach-bench.txt');
  const shift = <T>(v: T): T =>
    v == null ? v : (JSON.parse(JSON.stringify(v).replaceAll('2025', String(YEAR))) as T);
  let next = 0;
  const tasks = draft.tasks.map((t, i) => {
    const n = 6 + (i % 3);
    const picked = Array.from({ length: n }, () => w.agencies[next++ % w.agencies.length]!);
    const leads = i % 2 === 0 ? 2 : 1;
    const ref = (a: { id: string; name: string }) => ({ writtenAs: a.name, agencyId: a.id });
    return {
      ...t,
      lead: picked.slice(0, leads).map(ref),
      partners: picked.slice(leads).map(ref),
      timeframe: shift(t.timeframe),
      timeframeText: shift(t.timeframeText),
      subtasks: [],
    };
  });
  return {
    ...draft,
    issuerAgencyId: null,
    issuerName: 'Ủy ban nhân dân huyện Đảo Xanh',
    year: YEAR,
    title: `Kế hoạch thực hiện công tác trẻ em năm ${YEAR}`,
    issuedDate: `${YEAR}-01-15`,
    issuedMonth: null,
    reporting: [
      { period: '6 tháng đầu năm', due: `${YEAR}-05-10`, dueRule: 'before' as const },
      { period: 'cả năm', due: `${YEAR}-11-10`, dueRule: 'before' as const },
    ],
    tasks,
  };
}

interface Indicator {
  indicator: {
    id: string;
    aggregation: string;
    dimensions: { key: string; options: { key: string }[] }[];
    partOfCode: string | null;
    min: number | null;
    max: number | null;
  };
  cells: { disagg: string }[];
}
interface MyReport {
  id: string;
  revision: number;
  tasks: { taskId: string }[];
  indicators: Indicator[];
}

/** Whole numbers that pass validation: parts below their parent, each breakdown summing to the total. */
function indicatorValues(rnd: Rnd, list: Indicator[]) {
  return list
    .filter((e) => e.indicator.aggregation !== 'ratio')
    .flatMap((e) => {
      const d = e.indicator;
      let total = d.partOfCode ? between(rnd, 0, 2) : between(rnd, 5, 60);
      if (d.max !== null) total = Math.min(total, d.max);
      if (d.min !== null) total = Math.max(total, d.min);
      const out = [{ indicatorId: d.id, disagg: '', value: total, comment: null }];
      for (const dim of d.dimensions) {
        let left = total;
        dim.options.forEach((o, i) => {
          const v = i === dim.options.length - 1 ? left : Math.ceil(left / 2);
          left -= v;
          out.push({ indicatorId: d.id, disagg: `${dim.key}=${o.key}`, value: v, comment: null });
        });
      }
      return out;
    });
}

export interface Cycle {
  periodId: string;
  planId: string;
  focal: Session;
  reports: number;
  taskEntries: number;
  narrativeChars: number;
  indicatorCells: number;
  ms: number;
}

/** Plan → periods → 40 reports written, submitted and accepted, all through the HTTP API. */
export async function reportingCycle(baseUrl: string, w: DistrictWorld): Promise<Cycle> {
  const t0 = performance.now();
  const api = apiOf(baseUrl);
  const rnd = prng(20_270_510);
  const focal = await signIn(baseUrl, 'bc.dau-moi', BENCH_PASSWORD);
  const { id: planId } = await api<{ id: string }>('POST', '/api/plans', focal, planInput(w));
  await api('POST', `/api/plans/${planId}/status`, focal, { status: 'issued' });
  const periods = await api<{ id: string; kind: string }[]>('POST', '/api/reports/periods/generate', focal, {
    planId,
  });
  const periodId = periods.find((p) => p.kind === 'six_month')!.id;
  let taskEntries = 0;
  let narrativeChars = 0;
  let indicatorCells = 0;
  const one = async (i: number) => {
    const s = await signIn(baseUrl, `bc.cq.${String(i + 1).padStart(2, '0')}`, BENCH_PASSWORD);
    const r = await api<MyReport>('POST', `/api/reports/periods/${periodId}/my-report`, s);
    const tasks = r.tasks.map((t) => {
      const text = narrative(rnd, between(rnd, 300, 1500));
      narrativeChars += text.length;
      const figures =
        rnd() < 0.5 ? [{ label: 'Số lượt người tham gia', value: between(rnd, 20, 900), unit: 'lượt' }] : [];
      return { taskId: t.taskId, narrative: text, figures, attachmentIds: [] };
    });
    taskEntries += tasks.length;
    const indicatorValuesSent = indicatorValues(rnd, r.indicators);
    indicatorCells += indicatorValuesSent.length;
    const body = {
      revision: r.revision,
      tasks,
      difficulties: pick(rnd, DIFFICULTIES),
      proposals: pick(rnd, PROPOSALS),
      indicatorValues: indicatorValuesSent,
    };
    const sent = await api<{ id: string; status: string }>(
      'POST',
      `/api/reports/agency/${r.id}/submit`,
      s,
      body,
    );
    await api('POST', `/api/reports/agency/${sent.id}/review`, focal, { decision: 'accept' });
  };
  // Two reporters at a time: the machine has two cores.
  for (let i = 0; i < w.agencies.length; i += 2)
    await Promise.all([one(i), one(i + 1)].slice(0, Math.min(2, w.agencies.length - i)));
  return {
    periodId,
    planId,
    focal,
    reports: w.agencies.length,
    taskEntries,
    narrativeChars,
    indicatorCells,
    ms: Math.round(performance.now() - t0),
  };
}

export interface ConsolidateFigures {
  generateMs: number[];
  documentMs: number[];
  totalMs: number[];
  firstGenerateMs: number;
  sections: number;
  paragraphs: number;
  sourceReports: number;
  missing: number;
  indicators: number;
  docxBytes: number;
}

/** Generates (mode replace) then downloads the Word file, `runs` times in sequence, after one untimed pair. */
export async function timeConsolidation(
  baseUrl: string,
  c: Cycle,
  runs: number,
): Promise<ConsolidateFigures> {
  const api = apiOf(baseUrl);
  type Gen = {
    report: {
      id: string;
      sections: { paragraphs: { source: { reportId: string } | null }[] }[];
      missing: string[];
      indicators: unknown[];
    };
  };
  let t0 = performance.now();
  const first = await api<Gen>('POST', `/api/reports/periods/${c.periodId}/consolidated`, c.focal, {});
  const firstGenerateMs = performance.now() - t0;
  const doc = async () => {
    const res = await fetch(`${baseUrl}/api/reports/consolidated/${first.report.id}/document.docx`, {
      headers: { cookie: c.focal.cookie },
    });
    const buf = Buffer.from(await res.arrayBuffer());
    if (res.status !== 200 || buf.subarray(0, 2).toString() !== 'PK')
      throw new Error(`document.docx: HTTP ${res.status} ${buf.subarray(0, 200).toString()}`);
    return buf.length;
  };
  let docxBytes = await doc();
  const generateMs: number[] = [];
  const documentMs: number[] = [];
  let last = first;
  for (let i = 0; i < runs; i++) {
    t0 = performance.now();
    last = await api<Gen>('POST', `/api/reports/periods/${c.periodId}/consolidated`, c.focal, {
      mode: 'replace',
    });
    const t1 = performance.now();
    docxBytes = await doc();
    generateMs.push(t1 - t0);
    documentMs.push(performance.now() - t1);
  }
  const paragraphs = last.report.sections.flatMap((s) => s.paragraphs);
  return {
    generateMs,
    documentMs,
    totalMs: generateMs.map((g, i) => g + documentMs[i]!),
    firstGenerateMs,
    sections: last.report.sections.length,
    paragraphs: paragraphs.length,
    sourceReports: new Set(paragraphs.flatMap((p) => (p.source ? [p.source.reportId] : []))).size,
    missing: last.report.missing.length,
    indicators: last.report.indicators.length,
    docxBytes,
  };
}
