import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { layout, runningPostmaster } from '../../apps/server/src/platform/db/embedded';
import { cli } from '../cli.test-support';

// demo:report-cycle as a child process (like `npm run cli`), on its own DATA_DIR: it builds a fresh
// embedded database there, replays the 2025 six-month cycle and writes the Word and Excel files.

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vte-demo-'));
// As root the embedded server runs as `postgres`, which must be able to reach DATA_DIR/demo-*.
fs.chmodSync(root, 0o755);
const dataDir = path.join(root, 'data');
const out = path.join(root, 'out', 'tap-huan');
const env = { DATA_DIR: dataDir };
/** Initdb, migrations, 17 accounts and the cycle on a shared 2-core machine: ~30–45 s. */
const DEMO_TIMEOUT = 180_000;

const demoFolders = () =>
  fs.existsSync(dataDir) ? fs.readdirSync(dataDir).filter((f) => f.startsWith('demo-')) : [];

afterAll(async () => {
  for (const f of demoFolders()) {
    const pm = runningPostmaster(layout(path.join(dataDir, f)));
    if (pm) process.kill(pm.pid, 'SIGINT');
  }
  for (
    let i = 0;
    i < 100 && demoFolders().some((f) => runningPostmaster(layout(path.join(dataDir, f))));
    i++
  ) {
    await new Promise((r) => setTimeout(r, 100));
  }
  fs.rmSync(root, { recursive: true, force: true });
});

describe('demo:report-cycle', () => {
  it('without a folder answers the usage in Vietnamese, exit 2, and builds nothing', async () => {
    const r = await cli(['demo:report-cycle'], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Cách dùng: npm run -s cli -- demo:report-cycle <thư mục>');
    expect(r.stdout).toBe('');
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it(
    'builds a fresh demo database, replays the cycle and writes the consolidated report and its annex',
    async () => {
      const r = await cli(['demo:report-cycle', out], env);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);

      // A new folder under DATA_DIR, stopped and unlocked at the end; the summary says how to open it.
      const folders = demoFolders();
      expect(folders).toHaveLength(1);
      const folder = path.join(dataDir, folders[0]!);
      expect(fs.existsSync(path.join(folder, 'pg', 'PG_VERSION'))).toBe(true);
      expect(runningPostmaster(layout(folder))).toBeUndefined();
      expect(fs.existsSync(layout(folder).lockFile)).toBe(false);
      expect(fs.readdirSync(root).sort()).toEqual(['data', 'out']);
      expect(r.stdout).toContain(`DATA_DIR=${folder} npm start`);
      expect(r.stdout).toMatch(
        /Phải báo cáo: 15 cơ quan, đơn vị; đã gửi: 14 \(đúng hạn 11, muộn 3\); chưa gửi: 1/,
      );
      expect(r.stdout).toMatch(/Chưa gửi: +Liên đoàn Lao động huyện Lý Sơn/);
      expect(r.stdout).toMatch(
        /Gửi muộn: +Đồn Công an Lý Sơn; Hội Cựu chiến binh huyện Lý Sơn; Phòng Tài chính – Kế hoạch/,
      );
      expect(r.stdout).toContain('Bị trả lại rồi bổ sung: Trung tâm Y tế quân - dân y Lý Sơn');
      expect(r.stdout).toContain('noivu.canbo');
      expect(r.stdout).toContain('TapHuan@2025');

      expect(fs.readdirSync(out).sort()).toEqual([
        'bao-cao-tong-hop-6-thang-2025.docx',
        'phu-luc-chi-tieu-6-thang-2025.xlsx',
      ]);
      const docx = fs.readFileSync(path.join(out, 'bao-cao-tong-hop-6-thang-2025.docx'));
      const text = (await mammoth.extractRawText({ buffer: docx })).value;
      for (const s of [
        'ỦY BAN NHÂN DÂN HUYỆN LÝ SƠN',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Số: 86/BC-UBND',
        'Lý Sơn, ngày 16 tháng 5 năm 2025',
        'BÁO CÁO',
        'Kết quả thực hiện công tác trẻ em 6 tháng đầu năm 2025',
        'NHIỆM VỤ 4 – ',
        'Phòng Giáo dục và Đào tạo (chủ trì): Rà soát học sinh có nguy cơ bỏ học',
        'Huyện đoàn Lý Sơn (chủ trì): Tổ chức Diễn đàn trẻ em huyện năm 2025',
        'Tháng hành động vì trẻ em',
        'phòng, chống đuối nước',
        // The returned report as corrected, not as first sent.
        'Tiêm chủng đầy đủ cho 182 trẻ em dưới 1 tuổi',
        'Phòng Tài chính – Kế hoạch: Ngân sách huyện còn hạn hẹp',
        'Các cơ quan, đơn vị chưa gửi báo cáo: Liên đoàn Lao động huyện Lý Sơn.',
        'Nơi nhận',
      ]) {
        expect(text, s).toContain(s);
      }
      expect(text).not.toContain('Triển khai tiêm chủng mở rộng cho trẻ em dưới 1 tuổi; tổ chức cân, đo');

      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(
        fs.readFileSync(path.join(out, 'phu-luc-chi-tieu-6-thang-2025.xlsx')) as unknown as ArrayBuffer,
      );
      const rows: unknown[][] = [];
      wb.worksheets[0]!.eachRow((row) => rows.push(row.values as unknown[]));
      const row = (code: string) => rows.find((x) => x.includes(code));
      expect(row('DP.0101')).toEqual(expect.arrayContaining([6480, 3350, 3130]));
      expect(row('DP.0206')).toEqual(expect.arrayContaining([182, 95, 87]));
      expect(row('DP.0401')).toEqual(expect.arrayContaining([5, 3, 2]));
      expect(row('XH.0101')).toEqual(expect.arrayContaining([2, 1]));
    },
    DEMO_TIMEOUT,
  );
});
