/**
 * Row heights for wrapped text in Excel files. Excel stores a row's height in the file and does not
 * grow a row to its wrapped text when it opens one (nor do LibreOffice's print and most viewers), so a
 * row left at the default height shows one line of a long task and hides or overlaps the rest
 * (issue 9 item 16). Heights are estimated from the text and the column width.
 */

/** Points per line of an 11–12 pt font, with the cell's padding. */
const LINE_PT = 15.5;
const PADDING_PT = 4;
/** Excel's maximum row height. */
const MAX_PT = 409;
/**
 * Characters that fit in a column of width w (Excel's width unit is one "0" of the default font); a
 * proportional font with Vietnamese diacritics fits a little fewer, so the estimate errs to more lines.
 */
const fits = (width: number) => Math.max(1, Math.floor(width * 0.95) - 1);

/** Lines that `text` takes wrapped in a column of `width`: word-wrapped, explicit line breaks kept. */
export function wrappedLines(text: string, width: number): number {
  const max = fits(width);
  let lines = 0;
  for (const para of text.split(/\r?\n/)) {
    let line = 0;
    lines++;
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const len = [...word].length;
      if (line === 0) line = len;
      else if (line + 1 + len <= max) line += 1 + len;
      else {
        lines++;
        line = len;
      }
      // A word longer than the column breaks across lines.
      while (line > max) {
        lines++;
        line -= max;
      }
    }
  }
  return Math.max(1, lines);
}

/** The height (points) of a row whose cells hold these texts in columns of these widths. */
export function rowHeight(cells: { text: string; width: number }[], scale = 1): number {
  const lines = Math.max(1, ...cells.map((c) => wrappedLines(c.text, c.width)));
  return Math.min(MAX_PT, Math.ceil(lines * LINE_PT * scale + PADDING_PT));
}

/** A file name's part from free text: ASCII letters and digits only ("Kế hoạch 2025" → "ke-hoach-2025"). */
export function fileNamePart(text: string, max = 60): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, max)
    .replace(/^-+|-+$/g, '');
}

/**
 * The print layout every wide sheet of ours shares (the assignment matrix, the indicator annex): A4
 * landscape, fit to one page wide, the header row repeated on each page, page numbers in the footer,
 * panes frozen below the header and right of the first `xSplit` columns.
 */
export function landscapeSheetOptions(o: {
  headerRow: number;
  xSplit: number;
  margins: { left: number; right: number; top: number; bottom: number };
}) {
  return {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape' as const,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${o.headerRow}:${o.headerRow}`,
      horizontalCentered: true,
      margins: { ...o.margins, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C&"Times New Roman"&10Trang &P/&N' },
    views: [{ state: 'frozen' as const, xSplit: o.xSplit, ySplit: o.headerRow }],
  };
}
