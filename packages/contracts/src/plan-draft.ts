import type { AgencyMatch, CreatePlanInput, Timeframe } from './plans';

/** The parts of the parser's output the review screen turns into a plan draft. */
export interface ParsedPlanShape {
  title: string | null;
  issuer: string | null;
  number: string | null;
  place: string | null;
  date: string | null;
  year: number | null;
  bases: string[];
  purpose: string | null;
  requirements: string[];
  funding: string | null;
  organisation: { agency: string | null; responsibilities: string }[];
  reporting: { period: string; due: string | null; dueRule: string }[];
  recipients: string[];
  tasks: ParsedTaskShape[];
}
interface ParsedSubtaskShape {
  number: string;
  content: string;
  lead: string[];
  partners: string[];
  timeframe: string | null;
  timeframeParsed: Timeframe | null;
  outputs: string | null;
}
interface ParsedTaskShape extends ParsedSubtaskShape {
  subtasks: ParsedSubtaskShape[];
}

/**
 * A draft with every agency phrase resolved to the register match the server proposed;
 * names without a match are proposed for creation, never dropped. The user corrects this draft.
 */
export function draftFromPreview(
  parsed: ParsedPlanShape,
  matches: AgencyMatch[],
  unitId: string,
  sourceFilename?: string,
): CreatePlanInput {
  const byName = new Map(matches.map((m) => [m.writtenAs, m]));
  const ref = (writtenAs: string) => {
    const m = byName.get(writtenAs)?.match;
    if (m?.kind === 'agency') return { writtenAs, agencyId: m.id };
    if (m?.kind === 'group') return { writtenAs, groupId: m.id };
    return { writtenAs, create: { name: writtenAs.replace(/^các\s+/i, ''), kind: 'other' } };
  };
  const task = (t: ParsedSubtaskShape) => ({
    number: t.number,
    content: t.content,
    lead: t.lead.map(ref),
    partners: t.partners.map(ref),
    timeframeText: t.timeframe,
    timeframe: t.timeframeParsed,
    outputs: t.outputs,
    budget: null,
  });
  const day = parsed.date && parsed.date.length === 10 ? parsed.date : null;
  const month = parsed.date && parsed.date.length === 7 ? parsed.date : null;
  return {
    unitId,
    issuerAgencyId: null,
    issuerName: parsed.issuer ?? 'Ủy ban nhân dân',
    number: parsed.number,
    place: parsed.place,
    issuedDate: day,
    issuedMonth: month,
    year: parsed.year ?? (Number((parsed.date ?? '').slice(0, 4)) || new Date().getFullYear()),
    title: parsed.title ?? 'Kế hoạch',
    bases: parsed.bases,
    purpose: parsed.purpose,
    requirements: parsed.requirements,
    funding: parsed.funding,
    organisation: parsed.organisation.map((o) => ({
      agency: o.agency,
      responsibilities: o.responsibilities,
    })),
    reporting: parsed.reporting.map((r) => ({
      period: r.period || 'Định kỳ',
      due: r.due,
      dueRule: (['before', 'by', 'on', 'rule'].includes(r.dueRule) ? r.dueRule : 'before') as 'before',
    })),
    recipients: parsed.recipients,
    parentPlanId: null,
    sourceFilename: sourceFilename ?? null,
    tasks: parsed.tasks.map((t) => ({ ...task(t), subtasks: t.subtasks.map(task) })),
  };
}
