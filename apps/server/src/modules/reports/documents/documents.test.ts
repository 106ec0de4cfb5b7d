import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { agencyReportDocx, shortTaskContent } from './agency-report-docx';
import { consolidatedDocx } from './consolidated-docx';
import { agencyReport, aggregated, consolidated, missingAgencies, period } from './fixtures';
import { indicatorAnnexXlsx } from './indicator-annex-xlsx';
import { findSoffice, toPdf } from './pdf';
import { expectRealPdf, realPdfRequired, soffice } from './pdf-check.test-support';
import { isNumbered, placeDateLine } from './report-blocks';

/** One file of a zip archive (a .docx is one), read through its central directory. */
function unzip(buf: Buffer, name: string): string {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = buf.readUInt16LE(eocd + 10); i > 0; i--) {
    const [n, e, c] = [buf.readUInt16LE(p + 28), buf.readUInt16LE(p + 30), buf.readUInt16LE(p + 32)];
    if (buf.toString('utf8', p + 46, p + 46 + n) === name) {
      const local = buf.readUInt32LE(p + 42);
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const raw = buf.subarray(start, start + buf.readUInt32LE(p + 20));
      return (buf.readUInt16LE(p + 10) === 8 ? zlib.inflateRawSync(raw) : raw).toString('utf8');
    }
    p += 46 + n + e + c;
  }
  throw new Error(`${name} is not in the archive`);
}

const text = async (docx: Buffer) => (await mammoth.extractRawText({ buffer: docx })).value;
const mm = (twips: string) => (Number(twips) * 25.4) / 1440;
const attr = (xml: string, tag: string, name: string) =>
  xml.match(new RegExp(`<${tag}\\b[^>]*\\b${name}="(\\d+)"`))?.[1] ?? '';

/** The NĐ 30 page: A4, margins in range, Times New Roman, no number on page 1, PAGE centred in the header. */
function expectNd30Layout(docx: Buffer) {
  const xml = unzip(docx, 'word/document.xml');
  expect(Math.round(mm(attr(xml, 'w:pgSz', 'w:w')))).toBe(210);
  expect(Math.round(mm(attr(xml, 'w:pgSz', 'w:h')))).toBe(297);
  const margin = (side: string) => mm(attr(xml, 'w:pgMar', `w:${side}`));
  for (const [side, lo, hi] of [
    ['top', 20, 25],
    ['bottom', 20, 25],
    ['left', 30, 35],
    ['right', 15, 20],
  ] as const) {
    expect(margin(side), side).toBeGreaterThanOrEqual(lo - 0.1);
    expect(margin(side), side).toBeLessThanOrEqual(hi + 0.1);
  }
  expect(xml).toContain('w:ascii="Times New Roman"');
  expect(xml).not.toMatch(/w:ascii="(?!Times New Roman)/);
  expect(xml).toMatch(/<w:titlePg\s*\/>/);
  // Follow the section's header references to their parts: the default header numbers pages, the first does not.
  const rels = unzip(docx, 'word/_rels/document.xml.rels');
  const header = (type: string) => {
    const id = xml.match(new RegExp(`<w:headerReference w:type="${type}" r:id="(\\w+)"`))?.[1];
    const target =
      rels.match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`))?.[1] ??
      rels.match(new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`))?.[1];
    return unzip(docx, `word/${target}`);
  };
  expect(header('default')).toMatch(/<w:instrText[^>]*>\s*PAGE\s*</);
  expect(header('default')).toMatch(/<w:jc w:val="center"\/>/);
  expect(header('first')).not.toMatch(/PAGE/);
}

describe('report helpers', () => {
  it('writes NĐ 30 dates: leading zero for days 1–9 and months 1–2, blanks without a date', () => {
    expect(placeDateLine('Lý Sơn', '2025-06-05', 2025)).toBe('Lý Sơn, ngày 05 tháng 6 năm 2025');
    expect(placeDateLine('Lý Sơn', '2025-02-13', 2025)).toBe('Lý Sơn, ngày 13 tháng 02 năm 2025');
    expect(placeDateLine('Lý Sơn', '2025-11-30', 2025)).toBe('Lý Sơn, ngày 30 tháng 11 năm 2025');
    expect(placeDateLine('Lý Sơn', null, 2026)).toBe('Lý Sơn, ngày      tháng      năm 2026');
  });

  it('tells numbered section titles from plain ones', () => {
    for (const t of ['II. Kết quả', 'IV. KIẾN NGHỊ', '3. Nhiệm vụ', 'Phần I'])
      expect(isNumbered(t), t).toBe(true);
    for (const t of ['Kết quả thực hiện', 'Đặc điểm tình hình', 'Về công tác', 'Công tác chỉ đạo', 'Ít nhất'])
      expect(isNumbered(t), t).toBe(false);
  });

  it('shortens a long task at a word boundary', () => {
    const long = agencyReport().tasks[0]!.content;
    const short = shortTaskContent(long);
    expect(short.length).toBeLessThanOrEqual(161);
    expect(short.endsWith('…')).toBe(true);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
    // The cut falls between words; a comma left dangling before it is dropped.
    expect(long.slice(short.length - 1)).toMatch(/^,? \S/);
    expect(shortTaskContent('Tổ chức Tháng hành động vì trẻ em năm 2025.')).toBe(
      'Tổ chức Tháng hành động vì trẻ em năm 2025',
    );
  });
});

describe('consolidated report (Word)', () => {
  it('reads back with the NĐ 30 header, the sections, the indicator table, the missing agencies and Nơi nhận', async () => {
    const r = consolidated();
    const docx = await consolidatedDocx(r);
    const t = await text(docx);
    for (const s of [
      'ỦY BAN NHÂN DÂN HUYỆN LÝ SƠN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'BÁO CÁO',
      r.subject,
      'Lý Sơn, ngày 05 tháng 6 năm 2025',
      'I. ĐẶC ĐIỂM TÌNH HÌNH',
      'II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ',
      'III. KHÓ KHĂN, VƯỚNG MẮC',
      'IV. SỐ LIỆU CÁC CHỈ TIÊU VỀ TRẺ EM',
      'V. CÁC CƠ QUAN, ĐƠN VỊ CHƯA GỬI BÁO CÁO',
      'Đội ngũ cộng tác viên ở thôn còn kiêm nhiệm,',
      'chưa được tập huấn chuyên sâu.',
      'Nam: 12; Nữ: 10',
      'Dưới 6 tuổi: 4',
      'Nam: 1.234; Nữ: —',
      '98,5',
      'Chỉ tiêu 2.3: chưa có số liệu của Công an huyện (Đang rà soát hồ sơ).',
      'Nơi nhận:',
      '- Sở Y tế tỉnh Quảng Ngãi;',
      '- Lưu: VT.',
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nguyễn Văn A',
    ]) {
      expect(t, s).toContain(s);
    }
    for (const p of r.sections.flatMap((s) => s.paragraphs))
      for (const line of p.text.split('\n').filter((l) => l.trim())) expect(t).toContain(line);
    expect(t).toMatch(/Số:\s+\/BC-UBND/);
    for (const m of missingAgencies) expect(t).toContain(`- ${m}.`);
    // A numbered title is not numbered twice; a section with only blank paragraphs is left out.
    expect(t).not.toMatch(/II\. II\./);
    expect(t).not.toContain('PHƯƠNG HƯỚNG');
    expectNd30Layout(docx);
  });

  it('keeps the missing list the consolidation wrote, prints the number and blanks a missing date', async () => {
    const r = consolidated({
      number: '15/BC-UBND',
      reportDate: null,
      indicators: [],
      parentBody: 'UBND tỉnh Quảng Ngãi',
      issuer: 'Ủy ban nhân dân đặc khu Lý Sơn',
    });
    r.sections.push({
      key: 'missing',
      title: 'Các cơ quan, đơn vị chưa báo cáo',
      paragraphs: missingAgencies.map((m) => ({ id: m, text: m, source: null, edited: false, stale: false })),
    });
    const t = await text(await consolidatedDocx(r));
    expect(t).toContain('Số: 15/BC-UBND');
    expect(t).toContain('UBND TỈNH QUẢNG NGÃI');
    expect(t).toContain('ỦY BAN NHÂN DÂN ĐẶC KHU LÝ SƠN');
    expect(t).toContain('Lý Sơn, ngày      tháng      năm 2025');
    expect(t).toContain('IV. CÁC CƠ QUAN, ĐƠN VỊ CHƯA BÁO CÁO');
    expect(t).not.toContain('CHƯA GỬI BÁO CÁO');
    expect(t).not.toContain('SỐ LIỆU CÁC CHỈ TIÊU');
    for (const m of missingAgencies) expect(t.split(m).length - 1, m).toBe(1);
  });

  it('puts the indicator table inside the consolidation’s own indicator section, before the missing list', async () => {
    const r = consolidated();
    r.sections.splice(2, 0, {
      key: 'indicators',
      title: 'III. Số liệu chỉ tiêu',
      paragraphs: [
        { id: 'i', text: 'Các chỉ tiêu cơ bản đạt kế hoạch.', source: null, edited: true, stale: false },
      ],
    });
    const t = await text(await consolidatedDocx(r));
    expect(t.indexOf('III. SỐ LIỆU CHỈ TIÊU')).toBeLessThan(t.indexOf('Các chỉ tiêu cơ bản đạt kế hoạch.'));
    expect(t.indexOf('Các chỉ tiêu cơ bản đạt kế hoạch.')).toBeLessThan(t.indexOf('Nam: 12; Nữ: 10'));
    expect(t.indexOf('Nam: 12; Nữ: 10')).toBeLessThan(t.indexOf('IV. KHÓ KHĂN'));
    expect(t).not.toContain('SỐ LIỆU CÁC CHỈ TIÊU VỀ TRẺ EM');
  });
});

describe('agency report (Word)', () => {
  it('reads back with its tasks, roles, figures, indicators and the head of agency signing', async () => {
    const r = agencyReport();
    const docx = await agencyReportDocx(r, {
      parentBody: 'UBND huyện Lý Sơn',
      place: 'Lý Sơn',
      recipients: ['UBND huyện (qua Phòng Nội vụ)'],
    });
    const t = await text(docx);
    for (const s of [
      'UBND HUYỆN LÝ SƠN',
      'PHÒNG VĂN HÓA, KHOA HỌC VÀ THÔNG TIN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'BÁO CÁO',
      'Kết quả thực hiện công tác trẻ em 6 tháng đầu năm 2025',
      // Submitted 17:30 UTC on 8/5 is 9/5 in Vietnam.
      'Lý Sơn, ngày 09 tháng 5 năm 2025',
      'I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ',
      `Nhiệm vụ 1: ${shortTaskContent(r.tasks[0]!.content)} (Chủ trì)`,
      'Phát 24 tin, bài trên Đài truyền thanh huyện.',
      'Tổ chức 2 hội nghị truyền thông tại xã An Vĩnh.',
      'Số người tham dự hội nghị',
      '1.350',
      'Tài liệu kèm theo: hoi-nghi-an-vinh.jpg.',
      'Nhiệm vụ 4: Tổ chức Tháng hành động vì trẻ em năm 2025 (Phối hợp)',
      'Nhiệm vụ 9: Hỗ trợ trẻ em có hoàn cảnh đặc biệt dịp Tết Trung thu (Phối hợp, thuộc các Hội, đoàn thể huyện)',
      'Chưa có nội dung báo cáo.',
      'II. SỐ LIỆU CHỈ TIÊU',
      'Số trẻ em được tham gia hoạt động vui chơi, giải trí',
      'Nam: 330; Nữ: 310',
      'Chưa có số liệu từ Trạm y tế',
      'III. KHÓ KHĂN, VƯỚNG MẮC',
      'Kinh phí truyền thông còn hạn chế.',
      'IV. KIẾN NGHỊ, ĐỀ XUẤT',
      'THỦ TRƯỞNG CƠ QUAN',
      'Nơi nhận:',
      '- UBND huyện (qua Phòng Nội vụ);',
      '- Lưu: VT.',
    ]) {
      expect(t, s).toContain(s);
    }
    expect(t).toMatch(/Số:\s+\/BC-……/);
    expect(t).toMatch(/IV\. KIẾN NGHỊ, ĐỀ XUẤT\s+Không có\./);
    expectNd30Layout(docx);
  });

  it('leaves the date blank on a draft and uses the agency symbol when given', async () => {
    const r = agencyReport({
      status: 'draft',
      lastSubmittedAt: null,
      firstSubmittedAt: null,
      tasks: [],
      indicators: [],
    });
    const t = await text(
      await agencyReportDocx(r, { parentBody: null, place: 'Lý Sơn', recipients: [], symbol: 'VHKHTT' }),
    );
    expect(t).toContain('Số:      /BC-VHKHTT');
    expect(t).toContain('Lý Sơn, ngày      tháng      năm 2025');
    expect(t).toContain('Cơ quan không được giao nhiệm vụ trong kỳ báo cáo.');
    expect(t).toContain('Cơ quan không được giao chỉ tiêu báo cáo trong kỳ.');
  });
});

describe('indicator annex (Excel)', () => {
  it('has one row per indicator, a column per disaggregation, numbers as numbers and a frozen header', async () => {
    const buf = await indicatorAnnexXlsx({
      title: 'PHỤ LỤC: SỐ LIỆU CÁC CHỈ TIÊU VỀ TRẺ EM',
      unitName: 'Huyện Lý Sơn',
      periodLabel: period.label,
      indicators: aggregated,
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as never);
    const ws = wb.getWorksheet('Phụ lục')!;
    expect(ws.getCell(1, 1).value).toBe('PHỤ LỤC: SỐ LIỆU CÁC CHỈ TIÊU VỀ TRẺ EM');
    expect(ws.getCell(2, 1).value).toBe('Huyện Lý Sơn — 6 tháng đầu năm 2025');
    const header = (ws.getRow(4).values as unknown[]).slice(1);
    expect(header).toEqual([
      'STT',
      'Mã',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Cách tổng hợp',
      'Tổng số',
      'Nam',
      'Nữ',
      'Dưới 6 tuổi',
      'Kỳ trước',
      'Chỉ tiêu kế hoạch',
      'Thiếu số liệu',
    ]);
    const row = (n: number) => Object.fromEntries(header.map((h, i) => [h, ws.getRow(4 + n).getCell(i + 1)]));
    const first = row(1);
    expect(first['Mã']!.value).toBe('1.1');
    for (const [h, v] of [
      ['Tổng số', 22],
      ['Nam', 12],
      ['Nữ', 10],
      ['Dưới 6 tuổi', 4],
      ['Kỳ trước', 25],
      ['STT', 1],
    ] as const) {
      expect(first[h]!.type, h).toBe(ExcelJS.ValueType.Number);
      expect(first[h]!.value, h).toBe(v);
    }
    expect(first['Chỉ tiêu kế hoạch']!.value).toBeNull();
    const second = row(2);
    expect(second['Tổng số']!.value).toBe(1234);
    expect(second['Nữ']!.value).toBeNull();
    expect(second['Dưới 6 tuổi']!.value).toBeNull();
    expect(second['Chỉ tiêu kế hoạch']!.value).toBe(1500);
    expect(second['Thiếu số liệu']!.value).toBe('Công an huyện (Đang rà soát hồ sơ)');
    expect(second['Cách tổng hợp']!.value).toBe('Cộng dồn (chỉ tiêu thời kỳ)');
    expect(row(3)['Tổng số']!.value).toBe(98.5);
    expect(ws.rowCount).toBe(4 + aggregated.length);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '4:4' });
    expect(first['Chỉ tiêu']!.font?.name).toBe('Times New Roman');
    expect(ws.getCell(4, 1).font?.bold).toBe(true);
  });
});

describe('PDF', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vte-pdf-test-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  /** A stand-in for soffice: logs its arguments and writes the PDF LibreOffice would. */
  const fake = (name: string, body: string) => {
    const file = path.join(tmp, name);
    fs.writeFileSync(file, `#!/bin/sh\necho "$@" > "${tmp}/${name}.args"\n${body}\n`, { mode: 0o755 });
    return file;
  };
  const writesPdf =
    'while [ $# -gt 0 ]; do if [ "$1" = "--outdir" ]; then out="$2"; fi; shift; done\nprintf "%%PDF-1.7 fake" > "$out/report.pdf"';

  it('says PDF is unavailable without LibreOffice', async () => {
    await expect(toPdf(Buffer.from('x'), null)).rejects.toMatchObject({
      name: 'AppError',
      code: 'REPORT_PDF_UNAVAILABLE',
    });
  });

  it('finds the configured program, else soffice or libreoffice on the search path, else nothing', () => {
    expect(findSoffice(path.join(tmp, 'missing', 'soffice'), '')).toBeNull();
    expect(findSoffice(null, path.join(tmp, 'nowhere'))).toBeNull();
    const bin = path.join(tmp, 'bin');
    fs.mkdirSync(bin);
    fs.writeFileSync(path.join(bin, 'soffice'), 'not executable', { mode: 0o644 });
    expect(findSoffice(null, bin)).toBeNull();
    fs.writeFileSync(path.join(bin, 'libreoffice'), '#!/bin/sh\n', { mode: 0o755 });
    expect(
      findSoffice(path.join(tmp, 'missing'), `${path.join(tmp, 'nowhere')}${path.delimiter}${bin}`),
    ).toBe(path.join(bin, 'libreoffice'));
    const configured = fake('my-soffice', '');
    expect(findSoffice(configured, bin)).toBe(configured);
  });

  it('converts in a fresh directory with its own profile and removes it afterwards', async () => {
    const pdf = await toPdf(Buffer.from('docx'), fake('ok-soffice', writesPdf));
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    const args = fs.readFileSync(path.join(tmp, 'ok-soffice.args'), 'utf8').trim().split(' ');
    const dir = args[args.indexOf('--outdir') + 1]!;
    expect(args).toEqual([
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      `${dir}/report.docx`,
    ]);
    expect(fs.existsSync(dir)).toBe(false);
  });

  it('fails when LibreOffice fails or writes nothing, and still cleans up', async () => {
    await expect(
      toPdf(Buffer.from('docx'), fake('bad-soffice', 'echo "source file could not be loaded" >&2; exit 1')),
    ).rejects.toThrow(/exited with 1: source file could not be loaded/);
    await expect(toPdf(Buffer.from('docx'), fake('silent-soffice', 'exit 0'))).rejects.toThrow(
      /without writing a PDF/,
    );
    const dir = fs.readFileSync(path.join(tmp, 'silent-soffice.args'), 'utf8').match(/--outdir (\S+)/)![1]!;
    expect(fs.existsSync(dir)).toBe(false);
  });

  it('turns PDF off with SOFFICE_PATH=none, even where LibreOffice is installed', () => {
    const bin = path.join(tmp, 'bin-none');
    fs.mkdirSync(bin);
    fs.writeFileSync(path.join(bin, 'soffice'), '#!/bin/sh\n', { mode: 0o755 });
    expect(findSoffice('none', bin)).toBeNull();
    expect(findSoffice(null, bin)).toBe(path.join(bin, 'soffice'));
  });

  // CI installs LibreOffice (.ci/run): there, and wherever it is installed, this must convert.
  it.runIf(realPdfRequired)(
    'converts real reports with LibreOffice, two at once, into PDFs that pdfinfo and pdftoppm read',
    { timeout: 180_000 },
    async () => {
      expect(soffice, 'LibreOffice is not installed (CI=true requires it)').not.toBeNull();
      const [a, b] = await Promise.all([
        toPdf(await consolidatedDocx(consolidated()), soffice),
        toPdf(
          await agencyReportDocx(agencyReport(), {
            parentBody: 'UBND HUYỆN LÝ SƠN',
            place: 'Lý Sơn',
            recipients: [],
          }),
          soffice,
        ),
      ]);
      expectRealPdf(a);
      expectRealPdf(b);
    },
  );
});
