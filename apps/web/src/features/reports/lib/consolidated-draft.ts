import type { ConsolidatedDto, UpdateConsolidatedInput } from '@vte/contracts';

export type ConsolidatedDraft = {
  number: string;
  place: string;
  reportDate: string | null;
  subject: string;
  paragraphs: Record<string, string>;
  signature: { authority: string; title: string; name: string };
  /** One recipient a line ("Nơi nhận"). */
  recipients: string;
};

export function consolidatedDraftOf(report: ConsolidatedDto): ConsolidatedDraft {
  const paragraphs: Record<string, string> = {};
  for (const section of report.sections) for (const p of section.paragraphs) paragraphs[p.id] = p.text;
  return {
    number: report.number ?? '',
    place: report.place ?? '',
    reportDate: report.reportDate,
    subject: report.subject,
    paragraphs,
    signature: {
      authority: report.signature.authority ?? '',
      title: report.signature.title,
      name: report.signature.name ?? '',
    },
    recipients: report.recipients.join('\n'),
  };
}

export const recipientLines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The PUT body: the header and signature, and only the paragraphs that changed (small on 3G). */
export function consolidatedUpdateOf(
  draft: ConsolidatedDraft,
  report: ConsolidatedDto,
): UpdateConsolidatedInput {
  const original = consolidatedDraftOf(report);
  const paragraphs = Object.entries(draft.paragraphs)
    .filter(([id, text]) => text !== original.paragraphs[id])
    .map(([id, text]) => ({ id, text: text.trim() }));
  return {
    revision: report.revision,
    number: draft.number.trim() || null,
    place: draft.place.trim() || null,
    reportDate: draft.reportDate,
    subject: draft.subject.trim() || undefined,
    paragraphs,
    signature: {
      authority: draft.signature.authority.trim() || null,
      title: draft.signature.title.trim(),
      name: draft.signature.name.trim() || null,
    },
    recipients: recipientLines(draft.recipients),
  };
}

/** True when the draft differs from the saved report. */
export function consolidatedDirty(draft: ConsolidatedDraft, report: ConsolidatedDto): boolean {
  return JSON.stringify(draft) !== JSON.stringify(consolidatedDraftOf(report));
}
