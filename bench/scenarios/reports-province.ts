import crypto from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import type { ParsedPlanShape } from '@vte/contracts';
import { parsePlanText } from '../../apps/server/src/modules/plans/parse';
import { periodFromRegime } from '../../apps/server/src/modules/reports/periods';
import { SEED_PLAN } from './reports-consolidate';
import {
  between,
  COMMUNE_AGENCIES,
  communeName,
  DIFFICULTIES,
  narrative,
  pick,
  PROPOSALS,
  prng,
  type Rnd,
} from './reports-text';

// provinceCompleteness data: 100 communes directly under the province (two-tier government), each
// with 40 agencies, an issued plan of the seed's 13 tasks (with a group of schools as one partner),
// its six-month and annual periods of 2026, agency reports in a realistic mix of states and sizes,
// and consolidated reports, some sent to the province. Straight into the tables, in one transaction.

export const PROVINCE_YEAR = 2026; // the machine clock is past both due dates: late and missing reports are real
const REGIME = [
  { period: '6 tháng đầu năm', due: `${PROVINCE_YEAR}-05-10` },
  { period: 'cả năm', due: `${PROVINCE_YEAR}-11-10` },
];

export interface ProvinceData {
  units: number;
  agencies: number;
  assignments: number;
  reports: number;
  reportStates: Record<string, number>;
  consolidated: Record<string, number>;
  contentMb: number;
}

const iso = (d: Date) => d.toISOString();
const dayAt = (day: string, rnd: Rnd) =>
  new Date(`${day}T0${between(rnd, 1, 9)}:${between(rnd, 10, 59)}:00+07:00`);
const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Batched insert of column arrays through unnest (one round trip per batch); scalars come first ($1…). */
async function bulk(
  c: pg.Client,
  sql: string,
  scalars: unknown[],
  cols: unknown[][],
  batch = 5000,
): Promise<void> {
  const n = cols[0]!.length;
  for (let i = 0; i < n; i += batch)
    await c.query(sql, [...scalars, ...cols.map((col) => col.slice(i, i + batch))]);
}

// eslint-disable-next-line max-lines-per-function -- a data generator filling column arrays that the bulk inserts at its end share; to split into one generator per table
export async function seedProvinceReports(
  c: pg.Client,
  provinceId: string,
  communes = 100,
): Promise<ProvinceData> {
  const rnd = prng(20_260_510);
  const parsed = parsePlanText(fs.readFileSync(SEED_PLAN, 'utf8')) as unknown as ParsedPlanShape;
  const seedTasks = parsed.tasks.map((t) => ({
    number: t.number,
    content: t.content,
    timeframe: t.timeframe,
  }));
  const uid = () => crypto.randomUUID();
  const unitIds = Array.from({ length: communes }, uid);
  const names = unitIds.map((_, n) => communeName(n));
  await c.query(
    `insert into admin_unit (id, code, name, type, parent_id, province_id, valid_from) select u, '99' || lpad(o::text, 3, '0'), n, 'xa', $1, $1, '2025-07-01' from unnest($2::uuid[], $3::text[]) with ordinality as t(u, n, o)`,
    [provinceId, unitIds, names],
  );

  const ag = { id: [] as string[], unit: [] as string[], name: [] as string[], kind: [] as string[] };
  const grp = { id: [] as string[], unit: [] as string[], name: [] as string[] };
  const member = { group: [] as string[], agency: [] as string[] };
  const planCols = {
    id: [] as string[],
    unit: [] as string[],
    issuer: [] as string[],
    title: [] as string[],
  };
  const task = {
    id: [] as string[],
    plan: [] as string[],
    ord: [] as number[],
    number: [] as string[],
    content: [] as string[],
    tf: [] as string[],
  };
  const asg = {
    task: [] as string[],
    role: [] as string[],
    ord: [] as number[],
    written: [] as string[],
    agency: [] as (string | null)[],
    group: [] as (string | null)[],
  };
  const per = {
    id: [] as string[],
    plan: [] as string[],
    unit: [] as string[],
    kind: [] as string[],
    label: [] as string[],
    from: [] as string[],
    to: [] as string[],
    due: [] as string[],
    exp: [] as string[],
  };
  const rep = {
    period: [] as string[],
    agency: [] as string[],
    status: [] as string[],
    rev: [] as number[],
    ver: [] as number[],
    content: [] as string[],
    first: [] as (string | null)[],
    last: [] as (string | null)[],
    reviewed: [] as (string | null)[],
  };
  const con = {
    period: [] as string[],
    unit: [] as string[],
    status: [] as string[],
    header: [] as string[],
    sections: [] as string[],
    missing: [] as string[],
    submitted: [] as (string | null)[],
  };
  const states: Record<string, number> = {
    missing: 0,
    draft: 0,
    submitted: 0,
    returned: 0,
    accepted: 0,
    late: 0,
  };
  const consolidated: Record<string, number> = { none: 0, draft: 0, submitted: 0, accepted: 0, returned: 0 };
  let contentBytes = 0;

  // eslint-disable-next-line max-lines-per-function -- one commune's rows, part of the generator above
  unitIds.forEach((unitId, u) => {
    const full = `xã ${names[u]}`;
    const agencies = COMMUNE_AGENCIES.map((n, j) => ({
      id: uid(),
      name: j === 0 ? `Ủy ban nhân dân ${full}` : `${n} ${full}`,
    }));
    for (const [j, a] of agencies.entries()) {
      ag.id.push(a.id);
      ag.unit.push(unitId);
      ag.name.push(a.name);
      ag.kind.push(j === 0 ? 'ubnd' : j === 4 ? 'police' : 'other');
    }
    const groupId = uid();
    grp.id.push(groupId);
    grp.unit.push(unitId);
    grp.name.push(`Các trường học trên địa bàn ${full}`);
    const schools = agencies.slice(16, 23);
    for (const s of schools) {
      member.group.push(groupId);
      member.agency.push(s.id);
    }
    const planId = uid();
    planCols.id.push(planId);
    planCols.unit.push(unitId);
    planCols.issuer.push(`Ủy ban nhân dân ${full}`);
    planCols.title.push(`Kế hoạch thực hiện công tác trẻ em năm ${PROVINCE_YEAR} trên địa bàn ${full}`);
    // agency → its tasks (for the report contents)
    const tasksOf = new Map<string, string[]>();
    const reach = (agencyId: string, taskId: string) =>
      tasksOf.set(agencyId, [...(tasksOf.get(agencyId) ?? []), taskId]);
    let next = u; // each commune starts the round-robin elsewhere
    const taskIds: string[] = [];
    seedTasks.forEach((t, i) => {
      const taskId = uid();
      taskIds.push(taskId);
      task.id.push(taskId);
      task.plan.push(planId);
      task.ord.push(i + 1);
      task.number.push(t.number);
      task.content.push(t.content);
      task.tf.push(JSON.stringify({ kind: 'year-round', year: PROVINCE_YEAR }));
      const picked = Array.from({ length: 6 + ((i + u) % 3) }, () => agencies[next++ % agencies.length]!);
      const leads = i % 2 === 0 ? 2 : 1;
      picked.forEach((a, o) => {
        asg.task.push(taskId);
        asg.role.push(o < leads ? 'lead' : 'partner');
        asg.ord.push(o + 1);
        asg.written.push(a.name);
        asg.agency.push(a.id);
        asg.group.push(null);
        reach(a.id, taskId);
      });
      if (i === 3) {
        asg.task.push(taskId);
        asg.role.push('partner');
        asg.ord.push(picked.length + 1);
        asg.written.push(`Các trường học trên địa bàn ${full}`);
        asg.agency.push(null);
        asg.group.push(groupId);
        for (const s of schools) reach(s.id, taskId);
      }
    });
    let sixId = '';
    for (const e of REGIME) {
      const d = periodFromRegime(e, PROVINCE_YEAR);
      const id = uid();
      if (d.kind === 'six_month') sixId = id;
      per.id.push(id);
      per.plan.push(planId);
      per.unit.push(unitId);
      per.kind.push(d.kind);
      per.label.push(d.label);
      per.from.push(d.cutoffFrom);
      per.to.push(d.cutoffTo);
      per.due.push(d.dueDate);
      per.exp.push(d.expiresOn);
    }
    // Agency reports of the six-month period: about 60 % submitted (a quarter of them late), 15 % drafts, the rest missing.
    const due = REGIME[0]!.due;
    const diligence = 0.8 + rnd() * 0.4; // communes differ
    const accepted: { name: string; tasks: { taskId: string; narrative: string }[] }[] = [];
    for (const a of agencies) {
      const r = rnd() * diligence;
      if (r < 0.25) {
        states.missing!++;
        continue;
      }
      const submitted = r >= 0.4;
      const entries = [...new Set(tasksOf.get(a.id) ?? [])].map((taskId) => ({
        taskId,
        narrative: narrative(rnd, between(rnd, 300, 1500)),
        figures: [],
        attachmentIds: [],
      }));
      const content = JSON.stringify({
        tasks: submitted ? entries : entries.slice(0, 1),
        difficulties: submitted ? pick(rnd, DIFFICULTIES) : null,
        proposals: submitted ? pick(rnd, PROPOSALS) : null,
      });
      contentBytes += Buffer.byteLength(content);
      const late = submitted && rnd() < 0.25;
      const first = submitted
        ? dayAt(late ? addDays(due, between(rnd, 1, 25)) : addDays(due, -between(rnd, 0, 20)), rnd)
        : null;
      const s = rnd();
      const status = !submitted ? 'draft' : s < 0.5 ? 'accepted' : s < 0.85 ? 'submitted' : 'returned';
      states[status]!++;
      if (late) states.late!++;
      rep.period.push(sixId);
      rep.agency.push(a.id);
      rep.status.push(status);
      rep.rev.push(between(rnd, 2, 9));
      rep.ver.push(submitted ? 1 : 0);
      rep.content.push(content);
      rep.first.push(first && iso(first));
      rep.last.push(first && iso(first));
      rep.reviewed.push(
        status === 'accepted' || status === 'returned'
          ? iso(new Date(first!.getTime() + 3 * 86_400_000))
          : null,
      );
      if (status === 'accepted') accepted.push({ name: a.name, tasks: entries });
    }
    // The commune's consolidated report: none 30 %, draft 15 %, sent 35 %, accepted 15 %, returned 5 %.
    const k = rnd();
    const cstatus =
      k < 0.3 ? 'none' : k < 0.45 ? 'draft' : k < 0.8 ? 'submitted' : k < 0.95 ? 'accepted' : 'returned';
    consolidated[cstatus]!++;
    if (cstatus === 'none') return;
    const sections = seedTasks.map((t, i) => ({
      key: `task:${taskIds[i]}`,
      title: `Nhiệm vụ ${t.number}`,
      paragraphs: accepted.flatMap((r) =>
        r.tasks
          .filter((e) => e.taskId === taskIds[i])
          .map((e) => {
            const text = `${r.name}: ${e.narrative}`;
            return {
              id: `task:${e.taskId}:${r.name}`,
              text,
              generated: text,
              edited: false,
              source: {
                reportId: uid(),
                kind: 'agency',
                name: r.name,
                role: 'lead',
                version: 1,
                field: 'task',
              },
            };
          }),
      ),
    }));
    const sent = cstatus !== 'draft' ? dayAt(addDays(due, between(rnd, 2, 16)), rnd) : null;
    con.period.push(sixId);
    con.unit.push(unitId);
    con.status.push(cstatus);
    con.header.push(
      JSON.stringify({
        periodLabel: `6 tháng đầu năm ${PROVINCE_YEAR}`,
        unitName: `Xã ${names[u]}`,
        parentBody: null,
        issuer: `ỦY BAN NHÂN DÂN ${full.toUpperCase()}`,
        number: null,
        place: names[u],
        reportDate: null,
        subject: `Kết quả thực hiện công tác trẻ em 6 tháng đầu năm ${PROVINCE_YEAR}`,
        signature: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: null },
        recipients: ['Sở Y tế tỉnh Thử Nghiệm'],
        recipientUnitName: 'Tỉnh Thử Nghiệm',
      }),
    );
    con.sections.push(JSON.stringify(sections));
    con.missing.push(JSON.stringify(agencies.slice(30).map((a) => a.name)));
    con.submitted.push(sent && iso(sent));
  });

  const P = [provinceId];
  await bulk(
    c,
    `insert into agency (id, province_id, unit_id, name, kind, valid_from) select a, $1, u, n, k, '2025-07-01' from unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[]) as t(a, u, n, k)`,
    P,
    [ag.id, ag.unit, ag.name, ag.kind],
  );
  await bulk(
    c,
    `insert into agency_group (id, province_id, unit_id, name) select g, $1, u, n from unnest($2::uuid[], $3::uuid[], $4::text[]) as t(g, u, n)`,
    P,
    [grp.id, grp.unit, grp.name],
  );
  await bulk(
    c,
    `insert into agency_group_member (group_id, agency_id) select g, a from unnest($1::uuid[], $2::uuid[]) as t(g, a)`,
    [],
    [member.group, member.agency],
  );
  await bulk(
    c,
    `insert into plan (id, province_id, unit_id, issuer_name, year, title, status, reporting) select p, $1, u, i, $2, t, 'issued', $3::jsonb from unnest($4::uuid[], $5::uuid[], $6::text[], $7::text[]) as x(p, u, i, t)`,
    [provinceId, PROVINCE_YEAR, JSON.stringify(REGIME.map((r) => ({ ...r, dueRule: 'before' })))],
    [planCols.id, planCols.unit, planCols.issuer, planCols.title],
  );
  await bulk(
    c,
    `insert into plan_task (id, province_id, plan_id, ord, number, content, timeframe_text, timeframe) select i, $1, p, o, n, t, 'Thường xuyên trong năm', f::jsonb from unnest($2::uuid[], $3::uuid[], $4::int[], $5::text[], $6::text[], $7::text[]) as x(i, p, o, n, t, f)`,
    P,
    [task.id, task.plan, task.ord, task.number, task.content, task.tf],
  );
  await bulk(
    c,
    `insert into task_assignment (province_id, task_id, role, ord, written_as, agency_id, group_id) select $1, t, r, o, w, a, g from unnest($2::uuid[], $3::text[], $4::int[], $5::text[], $6::uuid[], $7::uuid[]) as x(t, r, o, w, a, g)`,
    P,
    [asg.task, asg.role, asg.ord, asg.written, asg.agency, asg.group],
  );
  await bulk(
    c,
    `insert into report_period (id, province_id, plan_id, unit_id, kind, label, year, cutoff_from, cutoff_to, due_date, expires_on)
     select i, $1, p, u, k, l, $2, f::date, t::date, d::date, e::date from unnest($3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[]) as x(i, p, u, k, l, f, t, d, e)`,
    [provinceId, PROVINCE_YEAR],
    [per.id, per.plan, per.unit, per.kind, per.label, per.from, per.to, per.due, per.exp],
  );
  await bulk(
    c,
    `insert into agency_report (province_id, period_id, agency_id, status, revision, version, content, first_submitted_at, last_submitted_at, reviewed_at, created_at, updated_at)
     select $1, p, a, s, r, v, c::jsonb, f, l, w, coalesce(f, now()) - interval '2 days', coalesce(w, l, now())
       from unnest($2::uuid[], $3::uuid[], $4::text[], $5::int[], $6::int[], $7::text[], $8::timestamptz[], $9::timestamptz[], $10::timestamptz[]) as x(p, a, s, r, v, c, f, l, w)`,
    P,
    [rep.period, rep.agency, rep.status, rep.rev, rep.ver, rep.content, rep.first, rep.last, rep.reviewed],
    500,
  );
  await bulk(
    c,
    `insert into consolidated_report (province_id, period_id, level, unit_id, recipient_unit_id, status, revision, header, sections, indicators, missing, submitted_at, generated_at)
     select $1, p, 'unit', u, $1, s, 3, h::jsonb, x::jsonb, '[]'::jsonb, m::jsonb, t, coalesce(t, now()) - interval '1 day'
       from unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[]) as y(p, u, s, h, x, m, t)`,
    P,
    [con.period, con.unit, con.status, con.header, con.sections, con.missing, con.submitted],
    20,
  );
  return {
    units: communes,
    agencies: ag.id.length,
    assignments: asg.task.length,
    reports: rep.period.length,
    reportStates: states,
    consolidated,
    contentMb: Math.round(contentBytes / 1e5) / 10,
  };
}
