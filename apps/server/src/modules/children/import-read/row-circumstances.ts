// The rest of a row: where the child lives, schooling, poverty, special-circumstance groups and
// sub-types, risks, notes. Loose or abbreviated labels are matched to the code lists (A1's
// matchCode through the CodeLookup); what matches nothing is flagged and kept in the notes.
import { ambiguousGroupMessage, flagFormerInAddress } from '../former-places';
import { headerLeaf } from './mapping';
import { msg } from './messages';
import type { RowReader } from './row-reader';
import type { ParsedRow, UnitLookup } from './types';
import { cleanText, isMark, isNegative, parsePoverty, splitLabels } from './values';

export function readPlace(
  rd: RowReader,
  out: ParsedRow,
  units: UnitLookup,
  sectionHamlet: string | null,
): void {
  out.hamlet = cleanText(rd.cell('hamlet')?.value) || sectionHamlet;
  out.address = cleanText(rd.cell('address')?.value) || null;
  const col = rd.cell('place');
  const place = cleanText(col?.value);
  if (!place) return flagFormerInAddress(rd, out.address, units);
  const unit = units.find(place);
  if (unit?.state === 'current') {
    out.unitId = unit.id;
    return;
  }
  // An old commune name: the text is kept, the child stays under the import's unit.
  out.address = out.address ? `${out.address}, ${place}` : place;
  if (unit) rd.issue(col!.header, 'PLACE_FORMER_UNIT', 'warning', msg.placeFormer(place));
  else rd.issue(col!.header, 'PLACE_UNKNOWN', 'warning', msg.placeUnknown(place));
}

/** A mark ("x") stands for the column's own header; other text is the value itself. */
function markOrText(rd: RowReader, key: string): string {
  const c = rd.cell(key);
  const t = cleanText(c?.value);
  if (!t || isNegative(t)) return '';
  return isMark(t) ? headerLeaf(c!.header) : t;
}

export function readSchooling(rd: RowReader, out: ParsedRow): void {
  const text = markOrText(rd, 'schooling');
  if (!text) return;
  const m = rd.codes.match('schooling', text);
  if (m) out.schooling = m.code;
  else {
    rd.issue(rd.header('schooling')!, 'VALUE_UNKNOWN', 'warning', msg.valueUnknown(text));
    rd.note(`Đi học: ${text}`);
  }
}

export function readPoverty(rd: RowReader, out: ParsedRow): void {
  for (const key of ['poverty:ho_ngheo', 'poverty:ho_can_ngheo'] as const) {
    const t = cleanText(rd.cell(key)?.value);
    if (t && !isNegative(t)) out.poverty = key === 'poverty:ho_ngheo' ? 'ho_ngheo' : 'ho_can_ngheo';
  }
  const text = markOrText(rd, 'poverty');
  if (!text) return;
  const p = parsePoverty(text);
  if (p === 'invalid') {
    rd.issue(rd.header('poverty')!, 'VALUE_UNKNOWN', 'warning', msg.valueUnknown(text));
    rd.note(`Hộ nghèo: ${text}`);
  } else if (p) out.poverty = p;
}

const HCDB_PREFIX = /^(trẻ em\s+)?(có\s+)?(hcđb|hcdb|hoàn cảnh đặc biệt)\s*[:\-–]?\s*/i;

/** One label → group (and sub-type when the label names one), or null. */
function matchGroup(
  rd: RowReader,
  label: string,
): { group: string; subtype: string | null; exact: boolean; label: string } | null {
  const text = label.replace(HCDB_PREFIX, '').trim() || label;
  const g = rd.codes.match('circumstance_group', text);
  if (g) return { group: g.code, subtype: null, exact: g.exact && text === label, label: g.label };
  const s = rd.codes.match('circumstance_subtype', text);
  const parent = s && rd.codes.parentOf('circumstance_subtype', s.code);
  if (s && parent) return { group: parent, subtype: s.code, exact: false, label: s.label };
  return null;
}

function addGroup(out: ParsedRow, group: string, subtype: string | null): void {
  const had = out.groups.find((g) => g.group === group);
  if (!had) out.groups.push({ group, subtype });
  else if (subtype && !had.subtype) had.subtype = subtype;
}

export function readGroups(rd: RowReader, out: ParsedRow): void {
  for (const key of [...rd.keys('groups'), 'subtype']) {
    const col = rd.cell(key);
    const text = cleanText(col?.value);
    if (!col || !text || isNegative(text)) continue;
    for (const part of splitLabels(text)) {
      const m = matchGroup(rd, part);
      if (!m) {
        rd.issue(
          col.header,
          'GROUP_UNKNOWN',
          'warning',
          ambiguousGroupMessage(part) ?? msg.groupUnknown(part),
        );
        rd.note(`Hoàn cảnh: ${part}`);
        continue;
      }
      addGroup(out, m.group, m.subtype);
      if (!m.exact) rd.issue(col.header, 'GROUP_NORMALISED', 'fixed', msg.groupNormalised(part, m.label));
    }
  }
  // "x" under a group's own column; other text there may name the sub-type ("nặng").
  for (const key of rd.keys('group:')) {
    const col = rd.cell(key)!;
    const text = cleanText(col.value);
    if (!text || isNegative(text)) continue;
    const group = key.slice('group:'.length);
    let subtype: string | null = null;
    if (!isMark(text)) {
      const s =
        rd.codes.match('circumstance_subtype', `${headerLeaf(col.header)} ${text}`) ??
        rd.codes.match('circumstance_subtype', text);
      if (s && rd.codes.parentOf('circumstance_subtype', s.code) === group) subtype = s.code;
    }
    addGroup(out, group, subtype);
  }
}

export function readRisks(rd: RowReader, out: ParsedRow): void {
  const add = (code: string) => {
    if (!out.risks.includes(code)) out.risks.push(code);
  };
  for (const key of rd.keys('risks')) {
    const col = rd.cell(key)!;
    const text = cleanText(col.value);
    if (!text || isNegative(text)) continue;
    for (const part of splitLabels(text)) {
      const m = rd.codes.match('risk', part);
      if (m) add(m.code);
      else {
        rd.issue(col.header, 'RISK_UNKNOWN', 'warning', msg.riskUnknown(part));
        rd.note(`Nguy cơ: ${part}`);
      }
    }
  }
  for (const key of rd.keys('risk:')) {
    const text = cleanText(rd.cell(key)?.value);
    if (text && !isNegative(text)) add(key.slice('risk:'.length));
  }
}

export function readNotes(rd: RowReader, out: ParsedRow): void {
  const written = rd
    .keys('notes')
    .map((k) => cleanText(rd.cell(k)?.value))
    .filter(Boolean);
  const all = [...written, ...rd.notes];
  out.notes = all.length ? all.join('; ') : null;
}
