import {
  targetAttainment,
  targetAttainmentText,
  type AggregatedIndicatorDto,
  type IndicatorEntryDto,
} from '@vte/contracts';
import type { Block } from '../../../platform/documents/nd30';

// Pieces both report documents (consolidated and agency) are made of.

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** "1.234", "85,5" (Vietnamese separators); blank when there is no value. */
export const formatNumber = (n: number | null): string => (n === null ? '' : numberFormat.format(n));

const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar date in Vietnam of a timestamp (ISO string). */
export function vietnamDate(timestamp: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(timestamp));
}

/**
 * "Lý Sơn, ngày 05 tháng 6 năm 2025": NĐ 30 writes days 1–9 and months 1–2 with a leading zero.
 * Without a date the clerk fills the blanks by hand when signing.
 */
export function placeDateLine(place: string | null, isoDate: string | null, blankYear: number): string {
  const where = place?.trim() || '……………';
  if (!isoDate) return `${where}, ngày      tháng      năm ${blankYear}`;
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return `${where}, ngày ${pad(d)} tháng ${m <= 2 ? pad(m) : m} năm ${y}`;
}

/** "Số: 12/BC-UBND"; a report not yet registered keeps the blank the clerk fills in. */
export function numberLine(number: string | null, blank: string): string {
  const n = number?.trim();
  if (!n) return `Số:      ${blank}`;
  return n.startsWith('/') ? `Số:      ${n}` : `Số: ${n}`;
}

const ROMAN: [number, string][] = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];
export function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) for (; n >= v; n -= v) out += s;
  return out;
}

/** A title that already carries its numbering ("II. …", "3. …", "Phần I") is printed as it is. */
export const isNumbered = (title: string): boolean =>
  /^\s*(?:[IVXLC]+\.|\d+(?:\.\d+)*[.)]|(?:Phần|Chương|PHẦN|CHƯƠNG)\s)/.test(title);

/** One paragraph per line of free text; the placeholder when there is none. */
export function textBlocks(text: string | null, placeholder: string): Block[] {
  const lines = (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.length
    ? lines.map((l) => ({ type: 'para', text: l }))
    : [{ type: 'para', text: placeholder, italic: true }];
}

/** Figures an agency gives for a task ("Số lớp tập huấn: 4 lớp"). */
export function figureTable(figures: { label: string; value: number; unit: string | null }[]): Block {
  return {
    type: 'table',
    header: ['STT', 'Nội dung', 'Số lượng', 'Đơn vị tính'],
    rows: figures.map((f, i) => [String(i + 1), f.label, formatNumber(f.value), f.unit ?? '']),
    widths: [9, 55, 16, 20],
    align: ['center', 'left', 'right', 'left'],
  };
}

type Cell = { disagg: string; label: string; value: number | null };

/**
 * Disaggregations as text, one line per dimension ("Nam: 12; Nữ: 10" then "Dưới 6 tuổi: 3; …"):
 * a dimension's options share the key before "=", and each dimension adds up to the total on its own.
 */
export function disaggregationText(cells: Cell[]): string {
  const byDimension = new Map<string, string[]>();
  for (const c of cells) {
    if (!c.disagg) continue;
    const dim = c.disagg.split('=')[0]!;
    byDimension.set(dim, [
      ...(byDimension.get(dim) ?? []),
      `${c.label}: ${c.value === null ? '—' : formatNumber(c.value)}`,
    ]);
  }
  return [...byDimension.values()].map((parts) => parts.join('; ')).join('\n');
}

/** The consolidated indicator table, then a note per indicator some agency or unit gave no value for. */
export function aggregatedIndicatorBlocks(indicators: AggregatedIndicatorDto[]): Block[] {
  const table: Block = {
    type: 'table',
    header: ['Mã', 'Chỉ tiêu', 'Đơn vị tính', 'Tổng số', 'Kỳ trước', 'Kế hoạch', 'Phân tổ'],
    rows: indicators.map((i) => [
      i.code,
      i.name,
      i.unit,
      formatNumber(i.total),
      formatNumber(i.previous),
      // The target with its attainment the indicator's way round ("vượt ngưỡng 18 %" for a ceiling).
      [
        formatNumber(i.target),
        targetAttainmentText(targetAttainment(i.direction ?? 'neutral', i.total, i.target)),
      ]
        .filter(Boolean)
        .join('\n'),
      disaggregationText(i.cells),
    ]),
    widths: [8, 31, 11, 10, 10, 10, 20],
    align: ['center', 'left', 'left', 'right', 'right', 'right', 'left'],
    boldFirstColumn: true,
  };
  const notes: Block[] = indicators
    .filter((i) => i.missing.length > 0)
    .map((i) => ({
      type: 'para',
      italic: true,
      text: `- Chỉ tiêu ${i.code}: chưa có số liệu của ${i.missing.map((m) => (m.comment ? `${m.name} (${m.comment})` : m.name)).join('; ')}.`,
    }));
  return [table, ...notes];
}

/** One agency's indicator values: the total cell (disaggregation "") beside its breakdowns and comments. */
export function entryIndicatorBlocks(entries: IndicatorEntryDto[]): Block[] {
  const rows = entries.map((e, n) => {
    const total = e.cells.find((c) => c.disagg === '');
    const comments = e.cells
      .filter((c) => c.comment)
      .map((c) => (c.disagg ? `${c.label}: ${c.comment}` : c.comment!));
    return [
      String(n + 1),
      e.indicator.code,
      e.indicator.name,
      e.indicator.unit,
      formatNumber(total?.value ?? null),
      disaggregationText(e.cells),
      comments.join('\n'),
    ];
  });
  return [
    {
      type: 'table',
      header: ['STT', 'Mã', 'Chỉ tiêu', 'Đơn vị tính', 'Số liệu', 'Phân tổ', 'Ghi chú'],
      rows,
      widths: [6, 8, 30, 10, 10, 20, 16],
      align: ['center', 'center', 'left', 'left', 'right', 'left', 'left'],
    },
  ];
}
