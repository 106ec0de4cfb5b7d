// The document header: issuing body, number ("Số: …/KH-UBND"), place and date, title after
// "KẾ HOẠCH", and the legal bases of the preamble ("Căn cứ …", "Thực hiện …").
import { startsWithAgencyHead } from './agency-heads';
import type { Block, Line } from './normalize';
import { isRuleLine } from './markers';
import type { SourceRef } from './types';
import { collapse, isAllCaps, isoDate, ref, stripEdgePunct } from './text-util';
import { parseWarnings } from './messages';

export interface HeaderInfo {
  title: string | null;
  issuer: string | null;
  issuerSource: 'header' | 'inferred' | null;
  issuerParent: string | null;
  number: string | null;
  place: string | null;
  date: string | null;
  year: number | null;
  bases: string[];
  source: { title?: SourceRef; issuer?: SourceRef; number?: SourceRef; date?: SourceRef; bases: SourceRef[] };
}

const MOTTO_RE = /C[ỘÔ]NG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM/giu;
const MOTTO2_RE = /Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc/giu;
const ISSUER_HEAD_RE =
  /^(?:ỦY BAN|UỶ BAN|UBND|HỘI ĐỒNG|HĐND|SỞ|PHÒNG|BAN|TRUNG TÂM|ĐOÀN|HỘI|CÔNG AN|BỘ|CỤC|CHI CỤC|VĂN PHÒNG|TRƯỜNG|HUYỆN ỦY|HUYỆN UỶ|TỈNH ỦY|TỈNH UỶ|ĐẢNG ỦY|ĐẢNG UỶ|BCH|MẶT TRẬN|ĐỒN|BỆNH VIỆN|TRẠM|HUYỆN ĐOÀN|TỈNH ĐOÀN)(?=\s|$)/u;
const KH_RE = /^KẾ\s*HOẠCH(?=\s|:|$):?\s*(.*)$/u;
const NUMBER_RE = /^Số\s*[:：]\s*([^\s]*(?:\s*\/\s*[^\s]+)?)/u;
const DATE_RE = /(?:^|[\s,])ngày\s*(\d{1,2})?[\s.…_]*tháng\s*(\d{1,2})?[\s.…_]*năm\s*(\d{4})/u;
const LEVEL_END_RE = /(?:tỉnh|huyện|xã|phường|thị trấn|thị xã|thành phố|quận|đặc khu)$/iu;

/** Header columns pasted as text are separated by tabs (or runs of spaces, for the issuer). */
function cellsOf(raw: string, spacesSplit: boolean): string[] {
  return raw
    .replace(MOTTO_RE, '\t')
    .replace(MOTTO2_RE, '\t')
    .split(spacesSplit ? /\t+| {3,}/u : /\t+/u)
    .map(collapse)
    .filter((c) => c.length > 0);
}

// Header lines are short; skipping long ones keeps odd input (one huge line) cheap.
const short = (l: Line): boolean => l.text.length <= 300;

/** Header fields from the lines before the first section. */
export function parseHeader(lines: Line[], preamble: Block[], warnings: string[]): HeaderInfo {
  const info: HeaderInfo = {
    title: null,
    issuer: null,
    issuerSource: null,
    issuerParent: null,
    number: null,
    place: null,
    date: null,
    year: null,
    bases: [],
    source: { bases: [] },
  };
  const khAt = lines.findIndex((l) => KH_RE.test(l.text));
  const headerLines = (khAt >= 0 ? lines.slice(0, khAt) : lines).filter(short);
  readIssuer(info, headerLines);
  readNumberAndDate(info, lines.slice(0, khAt >= 0 ? khAt + 1 : lines.length).filter(short), warnings);
  readTitle(info, lines, khAt, warnings);
  readBases(info, preamble);
  if (info.issuer === null) inferIssuer(info, preamble, warnings);
  return info;
}

/** Issuer: the first run of capitalised cells that opens with an agency word. */
function readIssuer(info: HeaderInfo, headerLines: Line[]): void {
  const parts: { text: string; no: number }[] = [];
  let collecting = true;
  for (const l of headerLines) {
    for (const c of cellsOf(l.raw, true)) {
      if (/^Số\s*[:：]/u.test(c) || DATE_RE.test(c) || isRuleLine(c)) {
        if (parts.length > 0) collecting = false;
        continue;
      }
      if (!collecting || !isAllCaps(c)) continue;
      if (parts.length === 0 && !ISSUER_HEAD_RE.test(c)) continue;
      parts.push({ text: c, no: l.no });
    }
  }
  if (parts.length > 0) {
    // "UBND HUYỆN LÝ SƠN / PHÒNG NỘI VỤ": the last body named is the issuer, the first its parent.
    const k = parts.findIndex((p, i) => i > 0 && ISSUER_HEAD_RE.test(p.text));
    const own = k > 0 ? parts.slice(k) : parts;
    info.issuer = own.map((p) => p.text).join(' ');
    info.issuerParent =
      k > 0
        ? parts
            .slice(0, k)
            .map((p) => p.text)
            .join(' ')
        : null;
    info.issuerSource = 'header';
    info.source.issuer = ref(parts[0]!.no, parts[parts.length - 1]!.no, parts.map((p) => p.text).join('\n'));
  }
}

/** Number ("Số: …"), place and date, up to the "KẾ HOẠCH" line. */
function readNumberAndDate(info: HeaderInfo, lines: Line[], warnings: string[]): void {
  for (const l of lines) {
    // Blank day fields are typed as runs of spaces, so only tabs separate cells here.
    for (const c of cellsOf(l.raw, false)) {
      const nm = NUMBER_RE.exec(c);
      let rest = c;
      if (nm && info.number === null) {
        info.number = collapse(nm[1]!) || null;
        info.source.number = ref(l.no, l.no, c);
        rest = c.slice(nm[0].length);
      }
      const dm = DATE_RE.exec(rest);
      if (dm && info.date === null && info.year === null) {
        const year = Number(dm[3]);
        const month = dm[2] ? Number(dm[2]) : null;
        const day = dm[1] ? Number(dm[1]) : null;
        info.year = year;
        if (month && day) info.date = isoDate(year, month, day);
        else if (month && month >= 1 && month <= 12) info.date = `${year}-${String(month).padStart(2, '0')}`;
        const place = stripEdgePunct(rest.slice(0, dm.index));
        info.place = place && place.length <= 60 ? place : null;
        info.source.date = ref(l.no, l.no, rest.trim());
      }
    }
  }
  if (info.number !== null && /^\//u.test(info.number)) warnings.push(parseWarnings.numberBlank);
  if (info.date !== null && info.date.length === 7) warnings.push(parseWarnings.dateMonthYearOnly);
  if (info.year !== null && info.date === null) warnings.push(parseWarnings.dateYearOnly);
}

/** Title: the lines after "KẾ HOẠCH" up to a blank line, a rule or the preamble. */
function readTitle(info: HeaderInfo, lines: Line[], khAt: number, warnings: string[]): void {
  if (khAt >= 0) {
    const kh = lines[khAt]!;
    const titleParts: string[] = [];
    const first = KH_RE.exec(kh.text)?.[1] ?? '';
    if (first) titleParts.push(first);
    let last = kh.no;
    for (const l of lines.slice(khAt + 1, khAt + 8)) {
      const t = l.text;
      if (!t) {
        if (titleParts.length > 0) break;
        continue;
      }
      if (isRuleLine(t) || /^Căn cứ\s/u.test(t) || t.length > 250) break;
      if (titleParts.length > 0 && /^(?:Thực hiện|Nhằm|Để|Theo)\s/u.test(t)) break;
      if (titleParts.length >= 4) break;
      titleParts.push(t);
      last = l.no;
    }
    if (titleParts.length > 0) {
      info.title = stripEdgePunct(titleParts.join(' '));
      info.source.title = ref(kh.no, last, [kh.text, ...titleParts.slice(first ? 1 : 0)].join('\n'));
    }
  }
  if (info.title === null) {
    const alt = lines.find((l) => /^Kế hoạch\s+\S/u.test(l.text) && l.text.length < 250);
    if (alt) {
      info.title = stripEdgePunct(alt.text.replace(/^Kế hoạch\s+/u, ''));
      info.source.title = ref(alt.no, alt.no, alt.text);
    } else {
      warnings.push(parseWarnings.titleMissing);
    }
  }
  if (info.year === null && info.title) {
    const ym = /năm\s+(\d{4})/u.exec(info.title);
    if (ym) info.year = Number(ym[1]);
  }
}

/** Legal bases: the "Căn cứ …" and "Thực hiện …" clauses of the preamble after the title. */
function readBases(info: HeaderInfo, preamble: Block[]): void {
  const titleEnd = info.source.title?.lines[1] ?? 0;
  for (const b of preamble) {
    if (b.first <= titleEnd) continue;
    const t = b.text.replace(/^[-+•]\s*/u, '');
    if (!/^(?:Căn cứ|Thực hiện)\s/u.test(t)) continue;
    for (const clause of t.split(/;\s*/u)) {
      const base = cleanBase(clause);
      if (base) {
        info.bases.push(base);
        info.source.bases.push(ref(b.first, b.last, b.text));
      }
    }
  }
}

// "… ban hành Kế hoạch" / "… xây dựng Kế hoạch": the sentence that introduces this plan.
const ISSUES_PLAN_RE = /(?:(?:xây dựng\s+(?:và\s+)?)?ban hành|xây dựng)\s+(?:Kế hoạch|kế hoạch)/u;

function cleanBase(clause: string): string {
  let s = clause.replace(/^(?:Căn cứ|Thực hiện)\s+/u, '');
  // The preamble usually ends with "…, UBND huyện ban hành Kế hoạch …, cụ thể sau:"; cut at the comma
  // before that clause (found by plain search, not a backtracking regex).
  const verb = ISSUES_PLAN_RE.exec(s);
  if (verb) {
    const comma = s.lastIndexOf(',', verb.index);
    if (comma >= 0 && verb.index - comma <= 100) s = s.slice(0, comma);
  }
  s = s.replace(/,?\s*cụ thể\s*(?:như\s*)?sau\s*:?\s*$/u, '');
  return stripEdgePunct(s);
}

function inferIssuer(info: HeaderInfo, preamble: Block[], warnings: string[]): void {
  for (const b of preamble) {
    const m = ISSUES_PLAN_RE.exec(b.text);
    if (!m) continue;
    // The clause before the verb, e.g. "… năm 2025, UBND huyện".
    let who = (
      b.text
        .slice(Math.max(0, m.index - 120), m.index)
        .split(/[,.;:]/u)
        .pop() ?? ''
    ).trim();
    // Keep only the agency at the end of the clause.
    const idx = who.search(/(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Phòng|Sở|Ban|Trung tâm)\s/u);
    if (idx > 0) who = who.slice(idx);
    if (!who || !startsWithAgencyHead(who)) continue;
    if (LEVEL_END_RE.test(who) && info.place) who = `${who} ${info.place}`;
    info.issuer = who;
    info.issuerSource = 'inferred';
    info.source.issuer = ref(b.first, b.last, b.text);
    warnings.push(parseWarnings.issuerInferred(who));
    return;
  }
  warnings.push(parseWarnings.issuerUnknown);
}
