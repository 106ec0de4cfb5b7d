import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  convertMillimetersToTwip,
  type ParagraphChild,
} from 'docx';

// Administrative documents in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I: A4, Times New Roman,
// margins top/bottom 20 mm, left 30 mm, right 15 mm, page numbers at the top centre from page 2.

const FONT = 'Times New Roman';
const TEXT_WIDTH_MM = 210 - 30 - 15;
const BODY = 28; // half-points: 14 pt
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
};

export interface Nd30Document {
  /** The body above the issuer ("UBND TỈNH QUẢNG NGÃI"), if any. */
  parentBody: string | null;
  issuer: string;
  /** "Số: 12/KH-UBND" — the number may be blank ("Số:      /KH-UBND"). */
  numberLine: string;
  placeDate: string;
  /** "KẾ HOẠCH", "BÁO CÁO". */
  kind: string;
  subject: string;
  body: Block[];
  signature: { authority: string | null; title: string; name: string | null };
  recipients: string[];
  filing: string;
}

export type Block =
  | { type: 'heading'; text: string }
  | { type: 'subheading'; text: string }
  | { type: 'para'; text: string; italic?: boolean }
  | { type: 'item'; label?: string; text: string }
  | {
      type: 'table';
      header: string[];
      rows: string[][];
      /** Column shares in percent of the text width; without them Word sizes the columns. */
      widths?: number[];
      /** Per column; numbers read best right-aligned. Default left. */
      align?: ('left' | 'center' | 'right')[];
      boldFirstColumn?: boolean;
    };

const run = (
  text: string,
  o: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {},
) =>
  new TextRun({
    text,
    font: FONT,
    size: o.size ?? BODY,
    bold: o.bold,
    italics: o.italics,
    underline: o.underline ? {} : undefined,
  });

const centre = (children: ParagraphChild[], after = 0) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children });

function headerBlock(d: Nd30Document): Table {
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({ width: { size: width, type: WidthType.PERCENTAGE }, borders: noBorders, children });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: noBorders,
    rows: [
      new TableRow({
        children: [
          cell(
            [
              ...(d.parentBody ? [centre([run(d.parentBody.toUpperCase(), { size: 26 })])] : []),
              centre([run(d.issuer.toUpperCase(), { bold: true, size: 26 })]),
              centre([run('_______', { size: 20 })], 120),
              centre([run(d.numberLine, { size: 26 })]),
            ],
            40,
          ),
          cell(
            [
              centre([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 26 })]),
              centre([run('Độc lập - Tự do - Hạnh phúc', { bold: true })]),
              centre([run('_______________________', { size: 20 })], 120),
              centre([run(d.placeDate, { italics: true })]),
            ],
            60,
          ),
        ],
      }),
    ],
  });
}

function block(b: Block): (Paragraph | Table)[] {
  const para = (children: ParagraphChild[], o: { indent?: boolean } = {}) =>
    new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      spacing: { before: 60, after: 60, line: 300 },
      indent: o.indent === false ? undefined : { firstLine: convertMillimetersToTwip(10) },
      children,
    });
  switch (b.type) {
    case 'heading':
      return [para([run(b.text, { bold: true })])];
    case 'subheading':
      return [para([run(b.text, { bold: true, italics: true })])];
    case 'para':
      return [para([run(b.text, { italics: b.italic })])];
    case 'item':
      return [para(b.label ? [run(`${b.label} `, { bold: true }), run(b.text)] : [run(b.text)])];
    case 'table':
      return [table(b)];
  }
}

const alignments = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

// Tables sit inside the portrait text width (NĐ 30 keeps landscape for tables outside an annex only
// as an exception): 12 pt, a shaded header row repeated on every page, line breaks kept as paragraphs.
function table(b: Extract<Block, { type: 'table' }>): Table {
  const twips = b.widths?.map((w) => Math.round((convertMillimetersToTwip(TEXT_WIDTH_MM) * w) / 100));
  const cell = (text: string, col: number, header: boolean) =>
    new TableCell({
      width: twips ? { size: twips[col] ?? 0, type: WidthType.DXA } : undefined,
      verticalAlign: header ? VerticalAlign.CENTER : VerticalAlign.TOP,
      shading: header ? { type: ShadingType.CLEAR, fill: 'E7E6E6', color: 'auto' } : undefined,
      margins: { left: 80, right: 80, top: 20, bottom: 20 },
      children: text.split('\n').map(
        (line) =>
          new Paragraph({
            alignment: header ? AlignmentType.CENTER : alignments[b.align?.[col] ?? 'left'],
            children: [run(line, { bold: header || (b.boldFirstColumn === true && col === 0), size: 24 })],
          }),
      ),
    });
  return new Table({
    width: {
      size: twips ? twips.reduce((a, w) => a + w, 0) : 100,
      type: twips ? WidthType.DXA : WidthType.PERCENTAGE,
    },
    columnWidths: twips,
    rows: [b.header, ...b.rows].map(
      (cells, i) =>
        new TableRow({
          tableHeader: i === 0,
          cantSplit: true,
          children: cells.map((c, col) => cell(c, col, i === 0)),
        }),
    ),
  });
}

function closing(d: Nd30Document): Table {
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({ width: { size: width, type: WidthType.PERCENTAGE }, borders: noBorders, children });
  const left = [
    new Paragraph({ children: [run('Nơi nhận:', { bold: true, italics: true, size: 24 })] }),
    ...d.recipients.map((r) => new Paragraph({ children: [run(`- ${r};`, { size: 22 })] })),
    new Paragraph({ children: [run(`- ${d.filing}.`, { size: 22 })] }),
  ];
  const right = [
    // "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH": each line of the authority and title on its own.
    ...[d.signature.authority ?? '', d.signature.title.toUpperCase()]
      .flatMap((t) => t.split('\n'))
      .filter((l) => l.trim())
      .map((l) => centre([run(l.trim(), { bold: true })])),
    centre([run('')], 1200),
    centre([run(d.signature.name ?? '', { bold: true })]),
  ];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: noBorders,
    rows: [new TableRow({ children: [cell(left, 50), cell(right, 50)] })],
  });
}

export async function renderNd30(d: Nd30Document): Promise<Buffer> {
  const doc = new Document({
    creator: 'Vì Trẻ Em',
    title: `${d.kind} ${d.subject}`,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: {
              top: convertMillimetersToTwip(20),
              bottom: convertMillimetersToTwip(20),
              left: convertMillimetersToTwip(30),
              right: convertMillimetersToTwip(15),
            },
          },
        },
        headers: {
          first: new Header({ children: [new Paragraph('')] }),
          default: new Header({
            children: [centre([new TextRun({ font: FONT, size: 26, children: [PageNumber.CURRENT] })])],
          }),
        },
        children: [
          headerBlock(d),
          centre([run('')], 120),
          centre([run(d.kind.toUpperCase(), { bold: true })]),
          ...d.subject.split('\n').map((l) => centre([run(l, { bold: true })])),
          centre([run('_____________', { size: 20 })], 240),
          ...d.body.flatMap(block),
          centre([run('')], 240),
          closing(d),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
