// Output shape of the plan-document parser. Field names are the public contract of `plan:parse`
// and of the import review screen; extras beyond the required keys are optional for consumers.

/** Where a value came from: 1-based line numbers in the parsed text, plus the text itself. */
export interface SourceRef {
  lines: [number, number];
  text: string;
}

export type TimeframeKind = 'year-round' | 'quarters' | 'month' | 'date' | 'range' | 'before' | 'unknown';

export interface TimeframeParsed {
  kind: TimeframeKind;
  year: number | null;
  quarters?: number[];
  months?: number[];
  /** Inclusive first day of the window, `YYYY-MM-DD`. */
  from?: string;
  /** Inclusive last day of the window (or the deadline as written for `before`), `YYYY-MM-DD`. */
  to?: string;
}

export interface TaskSource {
  content: SourceRef;
  lead?: SourceRef;
  partners?: SourceRef;
  timeframe?: SourceRef;
  outputs?: SourceRef;
}

export interface ParsedSubtask {
  number: string;
  content: string;
  lead: string[];
  partners: string[];
  timeframe: string | null;
  timeframeParsed: TimeframeParsed | null;
  outputs: string | null;
  sourceLines: [number, number];
  source: TaskSource;
}

export interface ParsedTask extends ParsedSubtask {
  /** Heading of the group the task sits under (a table row "I. Công tác truyền thông"), if any. */
  group: string | null;
  subtasks: ParsedSubtask[];
}

export type DueRule = 'before' | 'by' | 'on' | 'rule';

export interface ReportingRule {
  frequency: 'monthly' | 'quarterly';
  day: number;
  anchor: 'same-month' | 'last-month-of-quarter' | 'next-month';
  /** The concrete deadlines the rule yields in the plan year. */
  occurrences: string[];
}

export interface ReportingEntry {
  period: string;
  /** `YYYY-MM-DD` as written; null for a recurring rule (see `rule`). */
  due: string | null;
  /** `before`: must arrive before `due`; `by`: on or before; `on`: on that day; `rule`: recurring. */
  dueRule: DueRule;
  rule?: ReportingRule;
  source: SourceRef;
}

export interface OrganisationItem {
  number: string | null;
  agency: string | null;
  agencies: string[];
  responsibilities: string;
  source: SourceRef;
}

export interface SectionInfo {
  number: string | null;
  title: string;
  kind: SectionKind;
  sourceLines: [number, number];
}

export type SectionKind = 'purpose' | 'tasks' | 'funding' | 'organisation' | 'reporting' | 'other';

export interface ParsedPlan {
  title: string | null;
  issuer: string | null;
  number: string | null;
  place: string | null;
  /** `YYYY-MM-DD`, or `YYYY-MM` when the day is left blank, or null. */
  date: string | null;
  bases: string[];
  tasks: ParsedTask[];
  reporting: ReportingEntry[];
  recipients: string[];
  /** Extras. */
  filing: string | null;
  issuerSource: 'header' | 'inferred' | null;
  issuerParent: string | null;
  year: number | null;
  purpose: string | null;
  requirements: string[];
  funding: string | null;
  organisation: OrganisationItem[];
  sections: SectionInfo[];
  signature: string[];
  source: {
    title?: SourceRef;
    issuer?: SourceRef;
    number?: SourceRef;
    date?: SourceRef;
    bases: SourceRef[];
    recipients?: SourceRef;
    purpose?: SourceRef;
    requirements?: SourceRef;
    funding?: SourceRef;
  };
  warnings: string[];
  /** The text that `lines` refer to (a .docx converted to text); only with `includeText`. */
  text?: string;
}

export interface ParseOptions {
  knownAgencyNames?: string[];
  /**
   * `docx`: every line is a real paragraph, so only obvious continuations are joined;
   * `text` (default): lines may be hard-wrapped mid-sentence.
   */
  layout?: 'text' | 'docx';
  /** Return the parsed text in `text`, for showing source lines of a .docx beside the fields. */
  includeText?: boolean;
}
