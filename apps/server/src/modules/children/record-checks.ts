import {
  CHILD_AGE_LIMIT,
  checkPersonalId,
  todayInVietnam,
  type CodeListName,
  type DobPrecision,
  type RecordIssueDto,
} from '@vte/contracts';
import type { Exec } from '../../platform/db/pool';
import { AppError } from '../../platform/http/app-error';
import { activeCodes } from './codes.service';
import type { ChildRow, GuardianRow } from './children.repo';

// Rules of the record that need no HTTP: the personal ID, codes against the stored lists, dates,
// the data-quality findings shown on the child's page.

/** Whole years between a date of birth and a day (both YYYY-MM-DD). */
export function ageOn(dob: string | null, day: string): number | null {
  if (!dob) return null;
  const years = Number(day.slice(0, 4)) - Number(dob.slice(0, 4));
  return day.slice(5) < dob.slice(5) ? years - 1 : years;
}

/** A month-only date keeps the 1st, a year-only date the 1st of January. */
export function dobStored(dob: string | null | undefined, precision: DobPrecision): string | null {
  if (!dob) return null;
  if (precision === 'month') return `${dob.slice(0, 7)}-01`;
  if (precision === 'year') return `${dob.slice(0, 4)}-01-01`;
  return dob;
}

export interface IdFields {
  personalId: string | null;
  personalIdKind: string | null;
  idVerification: string;
}

/** The typed ID, normalised; refused (400 CHILD_ID_INVALID, with the issues) on any error-level finding. */
export function personalIdFields(
  raw: string | null | undefined,
  person: { sex: 'M' | 'F' | null; dob: string | null; dobPrecision: DobPrecision },
): IdFields {
  if (!raw?.trim()) return { personalId: null, personalIdKind: null, idVerification: 'chua_co' };
  const check = checkPersonalId(raw, person);
  const errors = check.issues.filter((i) => i.severity === 'error');
  if (errors.length || !check.normalised) throw new AppError('CHILD_ID_INVALID', { issues: errors });
  return {
    personalId: check.normalised,
    personalIdKind: check.kind,
    idVerification: check.kind === 'cmnd9' ? 'sai_dinh_dang' : 'chua_xac_thuc',
  };
}

/** Each given code must be an active code of its list (lists are data: an admin may retire one). */
export async function assertCodes(
  exec: Exec,
  codes: { list: CodeListName; field: string; code: string | null | undefined }[],
): Promise<void> {
  for (const c of codes) {
    if (c.code == null) continue;
    const list = await activeCodes(exec, c.list);
    if (!list.has(c.code)) throw new AppError('CHILD_CODE_UNKNOWN', { field: c.field, code: c.code });
  }
}

export function assertDateOrder(from: string | null | undefined, to: string | null | undefined): void {
  if (from && to && to < from) throw new AppError('CHILD_DATE_ORDER');
}

const issue = (
  code: string,
  severity: RecordIssueDto['severity'],
  field: string | null,
  message: string,
) => ({
  code,
  severity,
  field,
  message,
});

/** What the page lists as problems to fix: CV 2513's basic fields, the ID checks, guardians, age. */
export function recordIssues(
  row: ChildRow,
  guardians: GuardianRow[],
  today = todayInVietnam(),
): RecordIssueDto[] {
  const out: RecordIssueDto[] = [];
  const precision = row.dobPrecision as DobPrecision;
  const sex = row.sex === 'M' || row.sex === 'F' ? row.sex : null;
  for (const i of checkPersonalId(row.personalId, { sex, dob: row.dob, dobPrecision: precision }).issues)
    out.push(issue(i.code, i.severity, 'personalId', i.message));
  if (!row.dob) out.push(issue('DOB_MISSING', 'warning', 'dob', 'Chưa có ngày sinh.'));
  else if (precision !== 'day')
    out.push(issue('DOB_PARTIAL', 'warning', 'dob', 'Ngày sinh chưa đủ ngày, tháng, năm.'));
  if (!sex) out.push(issue('SEX_MISSING', 'warning', 'sex', 'Chưa có giới tính.'));
  if (!row.ethnicityCode)
    out.push(issue('ETHNICITY_MISSING', 'warning', 'ethnicityCode', 'Chưa có dân tộc.'));
  const age = ageOn(row.dob, today);
  const current = guardians.filter((g) => !g.validTo || g.validTo >= today);
  if (age !== null && age < 14 && current.length === 0)
    out.push(
      issue(
        'GUARDIAN_MISSING',
        'warning',
        'guardians',
        'Trẻ dưới 14 tuổi chưa có cha, mẹ hoặc người giám hộ.',
      ),
    );
  if (age !== null && age >= CHILD_AGE_LIMIT)
    out.push(
      issue(
        'NOT_A_CHILD',
        'warning',
        'dob',
        `Đã đủ ${CHILD_AGE_LIMIT} tuổi: không còn là trẻ em (Luật Trẻ em, Điều 1).`,
      ),
    );
  return out;
}
