// The person fields of one row: name, date of birth, sex, personal ID, ethnicity, parents.
import { checkPersonalId } from '@vte/contracts';
import { ageOn, latestDay, parseDob } from './dates';
import { msg } from './messages';
import type { RowReader } from './row-reader';
import type { ParsedRow } from './types';
import { cleanText, isMark, isNegative, normaliseName, parseSex } from './values';

/** Luật Trẻ em Art. 1: a child is under 16. */
const CHILD_AGE = 16;

export function readName(rd: RowReader, out: ParsedRow): void {
  const full = rd.cell('fullName');
  const given = rd.cell('givenName');
  const raw = [full?.value, given?.value].filter((v) => v !== null && v !== undefined && v !== '').join(' ');
  const where = full ?? given;
  const { name, changed } = normaliseName(raw);
  out.fullName = name;
  if (!name) rd.issue(where?.header ?? '', 'NAME_MISSING', 'error', msg.nameMissing());
  else if (changed) rd.issue(where!.header, 'NAME_NORMALISED', 'fixed', msg.nameNormalised(raw, name));
}

/** Sex from its column, or from "x" under Nam / Nữ columns. */
export function readSex(rd: RowReader, out: ParsedRow): void {
  const col = rd.cell('sex');
  const marks = (['M', 'F'] as const).filter((s) => {
    const c = rd.cell(`sex:${s}`);
    const t = cleanText(c?.value);
    return t && !isNegative(t) && (isMark(t) || parseSex(t) === s || t.length <= 3);
  });
  if (marks.length === 2) {
    rd.issue(rd.cell('sex:M')!.header, 'SEX_INVALID', 'warning', msg.sexBoth());
    return;
  }
  if (marks.length === 1) {
    out.sex = marks[0]!;
    return;
  }
  const text = cleanText(col?.value);
  const sex = parseSex(text);
  if (sex === 'invalid') rd.issue(col!.header, 'SEX_INVALID', 'warning', msg.sexInvalid(text));
  else out.sex = sex;
}

export function readDob(rd: RowReader, out: ParsedRow, asOf: string): void {
  let col = rd.cell('dob');
  // "Ngày sinh" split under Nam | Nữ: the column written in gives both the date and the sex.
  for (const s of ['M', 'F'] as const) {
    const c = rd.cell(`dobSex:${s}`);
    if (c && cleanText(c.value)) {
      col = c;
      out.sex ??= s;
    }
  }
  const header = col?.header ?? rd.header('dob') ?? rd.header('dobSex:M') ?? '';
  const raw = cleanText(col?.value);
  const p = parseDob(col?.value ?? null, asOf);
  if (p.outcome === 'missing') return rd.issue(header, 'DOB_MISSING', 'error', msg.dobMissing());
  if (!p.dob) return rd.issue(header, 'DOB_INVALID', 'error', msg.dobInvalid(raw));
  out.dob = p.dob;
  out.dobPrecision = p.precision;
  if (p.outcome === 'normalised')
    rd.issue(header, 'DATE_NORMALISED', 'fixed', msg.dateNormalised(raw, p.shown));
  if (p.outcome === 'swapped') rd.issue(header, 'DATE_NORMALISED', 'warning', msg.dateSwapped(raw, p.shown));
  if (p.outcome === 'partial')
    rd.issue(
      header,
      'DOB_PARTIAL',
      'warning',
      msg.dobPartial(p.shown, p.precision === 'year' ? 'year' : 'month'),
    );
  if (p.dob > asOf) return rd.issue(header, 'DOB_FUTURE', 'error', msg.dobFuture(p.shown));
  const oldest = ageOn(p.dob, asOf);
  const youngest = ageOn(latestDay(p.dob, p.precision), asOf);
  if (youngest >= CHILD_AGE) rd.issue(header, 'NOT_A_CHILD', 'error', msg.notAChild(youngest));
  else if (oldest >= CHILD_AGE) rd.issue(header, 'NOT_A_CHILD', 'warning', msg.maybeNotAChild());
}

/** ID checks of the contracts (A1); an ID problem flags the ID, it never blocks the child. */
export function readPersonalId(rd: RowReader, out: ParsedRow): void {
  const col = rd.cell('personalId');
  const v = col?.value;
  const raw = typeof v === 'number' ? String(Math.round(v)) : cleanText(v);
  const check = checkPersonalId(raw, { sex: out.sex, dob: out.dob, dobPrecision: out.dobPrecision });
  // The ID as written, only where it differs from the stored one.
  out.personalIdRaw = raw && raw !== check.normalised ? raw : null;
  out.personalId = check.normalised;
  out.personalIdKind = check.kind;
  const header = col?.header ?? rd.header('personalId') ?? '';
  for (const i of check.issues) {
    const bad = i.severity === 'error';
    if (bad) out.personalIdBad = true;
    if (i.code === 'ID_FORMAT' && bad) out.personalId = null;
    rd.issue(
      header,
      i.code,
      bad ? 'warning' : i.severity,
      bad ? `${i.message} ${msg.idBadKept()}` : i.message,
    );
  }
}

export function readEthnicity(rd: RowReader, out: ParsedRow): void {
  const col = rd.cell('ethnicity');
  const text = cleanText(col?.value);
  if (!text) return;
  const m = rd.codes.match('ethnicity', text);
  if (!m) {
    rd.issue(col!.header, 'ETHNICITY_UNKNOWN', 'warning', msg.ethnicityUnknown(text));
    rd.note(`Dân tộc: ${text}`);
    return;
  }
  out.ethnicityCode = m.code;
  if (!m.exact && m.label.toLocaleLowerCase('vi') !== text.toLocaleLowerCase('vi'))
    rd.issue(col!.header, 'ETHNICITY_NORMALISED', 'fixed', msg.ethnicityNormalised(text, m.label));
}

function guardianName(rd: RowReader, key: string): string | null {
  const col = rd.cell(key);
  if (!col) return null;
  const raw = cleanText(col.value);
  const { name, changed } = normaliseName(col.value);
  if (name && changed && raw !== name)
    rd.issue(col.header, 'NAME_NORMALISED', 'fixed', msg.nameNormalised(raw, name));
  return name;
}

export function readGuardians(rd: RowReader, out: ParsedRow): void {
  const phoneText = cleanText(rd.cell('guardianPhone')?.value);
  const phone = phoneText ? phoneText.replace(/[^\d+]/g, '').replace(/^([1-9]\d{8})$/, '0$1') || null : null;
  const father = guardianName(rd, 'fatherName');
  const mother = guardianName(rd, 'motherName');
  const other = guardianName(rd, 'guardianName');
  if (father) out.guardians.push({ relation: 'cha', fullName: father, phone: null });
  if (mother) out.guardians.push({ relation: 'me', fullName: mother, phone: null });
  if (other) {
    const relCol = rd.cell('guardianRelation');
    const relText = cleanText(relCol?.value);
    const rel = relText ? rd.codes.match('relation', relText) : null;
    if (relText && !rel) {
      rd.issue(relCol!.header, 'VALUE_UNKNOWN', 'warning', msg.valueUnknown(relText));
      rd.note(`Quan hệ: ${relText}`);
    }
    out.guardians.push({
      relation: rel?.code ?? (relText ? 'khac' : 'giam_ho'),
      fullName: other,
      phone: null,
    });
  }
  // The contact phone belongs to the carer named last (the guardian, else the mother, else the father).
  const contact = out.guardians[out.guardians.length - 1];
  if (contact) contact.phone = phone;
  else if (phone) rd.note(`Điện thoại: ${phone}`);
}
