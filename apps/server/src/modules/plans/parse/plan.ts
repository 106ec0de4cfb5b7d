// Orchestrates the text parser: bounds → tables → paragraphs → sections → header, tasks,
// reporting, closing. Pure and synchronous; odd input yields warnings, never an exception.
import { createAgencySplitter } from './agencies';
import { readFunding, readOrganisation, readPurpose } from './body-sections';
import { parseClosing } from './closing';
import { parseHeader } from './header';
import { findBounds, joinBlocks, toLines, type Block } from './normalize';
import { parseReporting } from './reporting';
import { splitSections, type Section } from './sections';
import { findTextTables } from './table';
import { finalizeTask, type TaskDraft } from './task-draft';
import { readParagraphTasks, readTableTasks } from './tasks';
import type { ParsedPlan, ParseOptions, SectionInfo } from './types';
import { parseWarnings } from './messages';

function mostCommonYear(blocks: Block[]): number | null {
  const counts = new Map<number, number>();
  for (const b of blocks) {
    for (const m of b.text.matchAll(/(?<!\d)(20\d{2})(?!\d)/gu)) {
      const y = Number(m[1]);
      counts.set(y, (counts.get(y) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = y;
  return best;
}

function hasLead(d: TaskDraft): boolean {
  return d.fields.lead !== undefined || d.subtasks.some(hasLead);
}

function readDrafts(
  sections: Section[],
  blocks: Block[],
  tableDrafts: TaskDraft[],
  warnings: string[],
): TaskDraft[] {
  const taskSections = sections.filter((s) => s.kind === 'tasks');
  let drafts = taskSections.flatMap((s) => readParagraphTasks(s.blocks));
  if (taskSections.length === 0) {
    // No "NHIỆM VỤ" heading: accept numbered items that carry their own lead agency.
    const pool =
      sections.length > 0 ? sections.filter((s) => s.kind === 'other').flatMap((s) => s.blocks) : blocks;
    drafts = readParagraphTasks(pool).filter(hasLead);
    if (drafts.length > 0) warnings.push(parseWarnings.tasksSectionMissing);
  }
  if (tableDrafts.length > 0) {
    if (drafts.some(hasLead)) warnings.push(parseWarnings.tableAndParagraphs);
    return tableDrafts;
  }
  return drafts;
}

export function parsePlanText(text: string, opts: ParseOptions = {}): ParsedPlan {
  const warnings: string[] = [];
  const layout = opts.layout ?? 'text';
  const lines = toLines(text);
  const bounds = findBounds(lines);
  const { tables, used } = findTextTables(lines, bounds.start, bounds.end);
  const blocks = joinBlocks(lines.slice(bounds.start, bounds.bodyEnd), layout, used);
  const { preamble, sections } = splitSections(blocks);

  const firstSectionNo = sections[0]?.heading.first;
  const headerEnd = firstSectionNo ? lines.findIndex((l) => l.no === firstSectionNo) : bounds.bodyEnd;
  const header = parseHeader(
    lines.slice(bounds.start, Math.max(bounds.start, headerEnd)),
    preamble,
    warnings,
  );
  const year = header.year ?? mostCommonYear(blocks);

  const split = createAgencySplitter(opts.knownAgencyNames ?? []);
  const drafts = readDrafts(sections, blocks, readTableTasks(tables), warnings);
  const ctx = { split, year, warnings };
  const tasks = drafts.map((d) => finalizeTask(d, ctx));

  const of = (kind: Section['kind']): Section[] => sections.filter((s) => s.kind === kind);
  let reporting = parseReporting(
    of('reporting').flatMap((s) => s.blocks),
    year,
    warnings,
  );
  if (of('reporting').length === 0) {
    const pool = sections.filter((s) => s.kind !== 'tasks' && s.kind !== 'purpose').flatMap((s) => s.blocks);
    reporting = parseReporting(pool, year, warnings, true);
  }
  if (reporting.length === 0) warnings.push(parseWarnings.reportingMissing);

  const closing = parseClosing(lines, bounds.recipientsAt, bounds.end);
  if (bounds.recipientsAt < 0) warnings.push(parseWarnings.recipientsMissing);
  const { purpose, requirements, source: purposeSource } = readPurpose(of('purpose'));
  const funding = readFunding(of('funding'));
  const sectionInfo: SectionInfo[] = sections.map((s) => ({
    number: s.number,
    title: s.title,
    kind: s.kind,
    sourceLines: [s.heading.first, s.blocks[s.blocks.length - 1]?.last ?? s.heading.last],
  }));

  return {
    title: header.title,
    issuer: header.issuer,
    number: header.number,
    place: header.place,
    date: header.date,
    bases: header.bases,
    tasks,
    reporting,
    recipients: closing.recipients,
    filing: closing.filing,
    issuerSource: header.issuerSource,
    issuerParent: header.issuerParent,
    year,
    purpose,
    requirements,
    funding: funding.funding,
    organisation: readOrganisation(of('organisation'), split),
    sections: sectionInfo,
    signature: closing.signature,
    source: {
      ...header.source,
      ...(closing.source ? { recipients: closing.source } : {}),
      ...purposeSource,
      ...(funding.source ? { funding: funding.source } : {}),
    },
    warnings,
    ...(opts.includeText ? { text } : {}),
  };
}
