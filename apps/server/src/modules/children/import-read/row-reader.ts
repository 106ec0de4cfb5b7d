// Access to one row's cells by field key, collecting the row's issues and leftover notes.
import type { ImportIssueCode, ImportSeverity } from '@vte/contracts';
import { cellKey, type CodeLookup, type ImportIssue, type RawSheet, type RawValue } from './types';

export interface MappedColumn {
  key: string;
  index: number;
  header: string;
}

export interface Cell {
  value: RawValue;
  header: string;
}

export class RowReader {
  readonly issues: ImportIssue[] = [];
  readonly notes: string[] = [];
  private cells: RawValue[] = [];
  private r = 0;

  constructor(
    private readonly sheet: RawSheet,
    private readonly columns: ReadonlyMap<string, MappedColumn>,
    readonly codes: CodeLookup,
  ) {}

  /** Moves to a row (0-based index); issues and notes start empty. */
  at(r: number): this {
    this.r = r;
    this.cells = this.sheet.rows[r] ?? [];
    this.issues.length = 0;
    this.notes.length = 0;
    return this;
  }

  get rowNumber(): number {
    return this.r + 1;
  }

  /** The mapped column's cell; undefined when the field is not mapped. */
  cell(key: string): Cell | undefined {
    const col = this.columns.get(key);
    if (!col) return undefined;
    return { value: this.cells[col.index] ?? null, header: col.header };
  }

  header(key: string): string | undefined {
    return this.columns.get(key)?.header;
  }

  /** Mapped keys that start with a prefix ("group:", "groups"). */
  keys(prefix: string): string[] {
    return [...this.columns.keys()].filter((k) => k.startsWith(prefix));
  }

  isFormula(key: string): boolean {
    const col = this.columns.get(key);
    return !!col && this.sheet.formulas.has(cellKey(this.r, col.index));
  }

  issue(column: string, code: ImportIssueCode, severity: ImportSeverity, message: string): void {
    this.issues.push({ row: this.rowNumber, column, code, severity, message });
  }

  note(text: string): void {
    this.notes.push(text);
  }
}
