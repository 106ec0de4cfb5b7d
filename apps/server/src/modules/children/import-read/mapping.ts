// Which field each column holds, from its header words (folded: no marks, đ→d), in any column
// order. The order of the rules matters: "Họ tên cha" is the father before it is a name.
import { foldVi, type ImportField } from '@vte/contracts';
import { columnGuess } from '../codes';
import type { CodeLookup, HeaderColumn, Mapping } from './types';

type Rule = [ImportField, RegExp];

const RULES: Rule[] = [
  ['stt', /^(stt|tt|so tt|so thu tu|thu tu)$/],
  ['personalId', /dinh danh|cccd|can cuoc|cmnd|\bcmt\b|ma so ca nhan|\bso id\b/],
  ['guardianPhone', /dien thoai|\bsdt\b|\bso dt\b|^dt$|phone|lien lac/],
  ['guardianRelation', /quan he/],
  [
    'fatherName',
    /^(ho va ten |ho ten |ten )?(cha|bo)( de)?$|\b(ho va ten|ho ten|ten) (cha|bo)\b(?! ?,? ?me)/,
  ],
  ['motherName', /^(ho va ten |ho ten |ten )?me( de)?$|\b(ho va ten|ho ten|ten) me\b/],
  ['guardianName', /giam ho|nguoi nuoi|nguoi cham soc|cha me|bo me|cha, me|chu ho|phu huynh/],
  ['dob', /ngay sinh|nam sinh|thang nam sinh|sinh ngay|^ns$|ngay thang nam|^sinh$/],
  ['sex', /gioi tinh|^gioi$|^phai$/],
  ['ethnicity', /dan toc/],
  ['subtype', /doi tuong cu the|dien cu the|ma doi tuong|chi tiet/],
  ['risks', /nguy co/],
  ['groups', /hoan canh dac biet|hcdb|hoan canh|\bnhom\b|doi tuong/],
  ['poverty', /ngheo/],
  ['schooling', /di hoc|hoc van|bo hoc|truong|\blop\b|hoc sinh|trinh do/],
  ['address', /dia chi|noi o|cho o|cu tru|thuong tru|tam tru|noi song/],
  ['place', /^(xa|phuong|thi tran|dac khu|don vi)\b/],
  ['hamlet', /\b(thon|xom|ap|ban|khoi|to dan pho|tdp|khu pho|to)\b/],
  ['notes', /ghi chu|^note/],
  ['givenName', /^ten$/],
  ['fullName', /ho va ten|ho ten|ho, ten|ten tre|^ho$|^ho (va )?(ten |chu )?dem$|\bten\b/],
];

/** Fields a list may spread over several columns (each further column gets a mark key). */
const MULTI: ReadonlySet<string> = new Set(['groups', 'risks', 'notes']);

/** The last part of a two-row header ("Giới tính / Nữ" → "Nữ"). */
export const headerLeaf = (header: string) => header.split(' / ').pop()!.trim();

/** A mark column: its header (or the leaf of a two-row header) is itself a value. */
function markKey(header: string, codes?: CodeLookup): string | null {
  const leaf = headerLeaf(header)
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[.:]+$/, '');
  const folded = foldVi(header);
  const birth = /sinh/.test(folded);
  if (leaf === 'nam') return birth ? 'dobSex:M' : 'sex:M';
  if (leaf === 'nữ' || leaf === 'nu') return birth ? 'dobSex:F' : 'sex:F';
  const f = foldVi(leaf);
  if (/^(ho )?can ngheo$/.test(f)) return 'poverty:ho_can_ngheo';
  if (/^(ho )?ngheo$/.test(f)) return 'poverty:ho_ngheo';
  if (codes && !/nhom|hoan canh|doi tuong|nguy co|ghi chu/.test(f)) {
    const group = codes.match('circumstance_group', leaf)?.code ?? columnGuess('circumstance_group', leaf);
    if (group) return `group:${group}`;
  }
  if (codes && /nguy co/.test(folded) && f !== 'nguy co') {
    const risk = codes.match('risk', leaf);
    if (risk) return `risk:${risk.code}`;
  }
  return null;
}

/** The field a header names, from its words alone (no code lists): used to find the header row. */
export function fieldOfHeader(header: string): ImportField | null {
  const f = foldVi(header)
    .replace(/[()*:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!f || f.length > 120) return null;
  for (const [field, re] of RULES) if (re.test(f)) return field;
  return null;
}

/** Header-like score of a cell for header detection (a mark header counts too). */
export function headerScore(header: string): number {
  if (fieldOfHeader(header)) return 1;
  return markKey(header) ? 0.5 : 0;
}

const key = (s: string) => foldVi(s).replace(/\s+/g, ' ');

/**
 * Field key → header for every recognised column. The remembered mapping (the unit's last
 * confirmed one) wins for each column whose header it names; the rest is guessed.
 */
export function guessMapping(
  columns: HeaderColumn[],
  remembered?: Mapping | null,
  codes?: CodeLookup,
): Mapping {
  const out: Mapping = {};
  const used = new Set<string>();
  const take = (field: string, header: string) => {
    if (field in out) return false;
    out[field] = header;
    used.add(header);
    return true;
  };
  const byHeader = new Map(columns.map((c) => [key(c.header), c.header]));
  for (const [field, header] of Object.entries(remembered ?? {})) {
    const col = byHeader.get(key(header));
    if (col && !used.has(col)) take(field, col);
  }
  for (const { header } of columns) {
    if (used.has(header)) continue;
    const mark = markKey(header, codes);
    if (mark && take(mark, header)) continue;
    const field = fieldOfHeader(header);
    if (!field) continue;
    if (take(field, header)) continue;
    if (MULTI.has(field)) {
      let n = 2;
      while (`${field}:${n}` in out) n++;
      take(`${field}:${n}`, header);
    }
  }
  return out;
}
