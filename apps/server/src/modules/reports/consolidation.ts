import type { ParagraphDto, SectionDto } from '@vte/contracts';
import type { ReportingTask } from '../plans';
import type { ExpectedAgency } from './expected';
import type { Figure, ReportContent } from './report-content';

// Building the consolidated report, pure. Paragraph ids are stable (task + agency, field + agency),
// so regenerating can find the hand edits again.

export interface StoredParagraph {
  id: string;
  text: string;
  /** The text as generated from the source, to tell a hand edit from a changed source. */
  generated: string;
  source: ParagraphDto['source'];
  edited: boolean;
  /** A hand edit whose source changed at a regeneration; cleared when the user edits it again. */
  staleSource?: boolean;
}
export interface StoredSection {
  key: string;
  title: string;
  paragraphs: StoredParagraph[];
}

export interface AcceptedReport {
  reportId: string;
  agencyId: string;
  agencyName: string;
  version: number;
  content: ReportContent;
}

const figuresText = (f: Figure[]) =>
  f.length
    ? ` (Số liệu: ${f.map((x) => `${x.label}: ${x.value.toLocaleString('vi-VN')}${x.unit ? ` ${x.unit}` : ''}`).join('; ')})`
    : '';

export const shorten = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

const para = (id: string, text: string, source: ParagraphDto['source']): StoredParagraph => ({
  id,
  text,
  generated: text,
  source,
  edited: false,
});

/**
 * For each task: the lead agencies' results, then the coordinating agencies' contributions; then
 * difficulties and proposals; then who did not report. Only accepted reports are used.
 */
export function buildSections(p: {
  tasks: ReportingTask[];
  expected: Map<string, ExpectedAgency>;
  accepted: AcceptedReport[];
  missing: string[];
  pending: string[];
}): StoredSection[] {
  const sections: StoredSection[] = [];
  const byTaskEntry = (r: AcceptedReport, taskId: string) => r.content.tasks.find((t) => t.taskId === taskId);
  for (const task of p.tasks) {
    const paragraphs: StoredParagraph[] = [];
    for (const role of ['lead', 'partner'] as const) {
      for (const r of p.accepted) {
        if (p.expected.get(r.agencyId)?.tasks.get(task.id)?.role !== role) continue;
        const entry = byTaskEntry(r, task.id);
        const narrative = entry?.narrative?.trim();
        if (!narrative && !entry?.figures.length) continue;
        const lead = role === 'lead' ? `${r.agencyName} (chủ trì)` : `${r.agencyName} (phối hợp)`;
        paragraphs.push(
          para(
            `task:${task.id}:${r.agencyId}`,
            `${lead}: ${narrative ?? ''}${figuresText(entry?.figures ?? [])}`.trim(),
            {
              reportId: r.reportId,
              kind: 'agency',
              name: r.agencyName,
              role,
              version: r.version,
              field: `task:${task.id}`,
            },
          ),
        );
      }
    }
    if (!paragraphs.length)
      paragraphs.push(
        para(
          `task:${task.id}:none`,
          'Chưa có báo cáo kết quả của cơ quan chủ trì, phối hợp được tiếp nhận.',
          null,
        ),
      );
    sections.push({
      key: `task:${task.id}`,
      title: `Nhiệm vụ ${task.number} – ${shorten(task.content, 240)}`,
      paragraphs,
    });
  }
  for (const [key, title] of [
    ['difficulties', 'Khó khăn, vướng mắc'],
    ['proposals', 'Kiến nghị, đề xuất'],
  ] as const) {
    const paragraphs = p.accepted
      .filter((r) => r.content[key]?.trim())
      .map((r) =>
        para(`${key}:${r.agencyId}`, `${r.agencyName}: ${r.content[key]!.trim()}`, {
          reportId: r.reportId,
          kind: 'agency',
          name: r.agencyName,
          role: 'lead',
          version: r.version,
          field: key,
        }),
      );
    sections.push({
      key,
      title,
      paragraphs: paragraphs.length ? paragraphs : [para(`${key}:none`, 'Không có.', null)],
    });
  }
  sections.push(missingSection(p.missing, p.pending, 'cơ quan, đơn vị'));
  return sections;
}

export function missingSection(missing: string[], pending: string[], what: string): StoredSection {
  const paragraphs = [
    para(
      'missing:list',
      missing.length
        ? `Các ${what} chưa gửi báo cáo: ${missing.join('; ')}.`
        : `Tất cả các ${what} đã gửi báo cáo.`,
      null,
    ),
  ];
  if (pending.length)
    paragraphs.push(
      para(
        'missing:pending',
        `Báo cáo đang chờ xem xét hoặc bổ sung, chưa đưa vào tổng hợp: ${pending.join('; ')}.`,
        null,
      ),
    );
  return { key: 'missing', title: `Các ${what} chưa gửi báo cáo`, paragraphs };
}

/**
 * Regenerating: keep (hand edits survive; flagged stale when their source changed since) or
 * replace. Answers the merged sections and the edits whose source changed.
 */
export function mergeSections(previous: StoredSection[], fresh: StoredSection[], mode: 'keep' | 'replace') {
  const old = new Map(previous.flatMap((s) => s.paragraphs.map((p) => [p.id, { p, section: s }] as const)));
  const conflicts: { id: string; section: string; text: string }[] = [];
  const seen = new Set<string>();
  const sections = fresh.map((s) => ({
    ...s,
    paragraphs: s.paragraphs.map((p) => {
      seen.add(p.id);
      const was = old.get(p.id)?.p;
      if (!was?.edited) return p;
      const changed = was.generated !== p.generated;
      if (changed) conflicts.push({ id: p.id, section: s.title, text: was.text });
      return mode === 'keep'
        ? { ...p, text: was.text, edited: true, staleSource: changed || was.staleSource === true }
        : p;
    }),
  }));
  // Hand-edited paragraphs whose source is gone: kept (and reported) unless replacing.
  for (const { p, section } of old.values()) {
    if (!p.edited || seen.has(p.id)) continue;
    conflicts.push({ id: p.id, section: section.title, text: p.text });
    if (mode === 'keep') {
      const target = sections.find((s) => s.key === section.key);
      if (target) target.paragraphs.push({ ...p, source: null, staleSource: true });
    }
  }
  return { sections, conflicts };
}

export function toSectionDtos(sections: StoredSection[]): SectionDto[] {
  return sections.map((s) => ({
    key: s.key,
    title: s.title,
    paragraphs: s.paragraphs.map((p) => ({
      id: p.id,
      text: p.text,
      source: p.source,
      edited: p.edited,
      stale: p.staleSource === true,
    })),
  }));
}

/** Applies hand edits: a paragraph is "edited" while its text differs from what was generated. */
export function applyEdits(
  sections: StoredSection[],
  edits: { id: string; text: string }[],
): StoredSection[] {
  const byId = new Map(edits.map((e) => [e.id, e.text]));
  return sections.map((s) => ({
    ...s,
    paragraphs: s.paragraphs.map((p) => {
      const text = byId.get(p.id);
      return text === undefined || text === p.text
        ? p
        : { ...p, text, edited: text !== p.generated, staleSource: false };
    }),
  }));
}
