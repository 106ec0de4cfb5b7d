import fs from 'node:fs';
import path from 'node:path';

export const summary = 'Dựng CSDL trình diễn và phát lại chu kỳ báo cáo 6 tháng năm 2025 (tập huấn)';

const DOCX = 'bao-cao-tong-hop-6-thang-2025.docx';
const XLSX = 'phu-luc-chi-tieu-6-thang-2025.xlsx';

const usage = `Cách dùng: npm run -s cli -- demo:report-cycle <thư mục>

Dựng một cơ sở dữ liệu trình diễn MỚI (thư mục demo-<thời điểm> trong DATA_DIR, mặc định ./data;
không đụng tới dữ liệu ứng dụng đang dùng), nạp Kế hoạch công tác trẻ em năm 2025 của huyện Lý Sơn,
cho các cơ quan gửi báo cáo 6 tháng đầu năm 2025 đúng ngày tháng của năm 2025 (có cơ quan gửi muộn,
một cơ quan không gửi, một báo cáo bị trả lại rồi bổ sung), tổng hợp, gửi Sở Y tế, rồi ghi vào
<thư mục>:
  ${DOCX}   báo cáo tổng hợp của UBND huyện (Word)
  ${XLSX}   phụ lục số liệu chỉ tiêu (Excel)
Luôn dùng CSDL nhúng mới, kể cả khi có DATABASE_URL. Xem docs/demo.md.
`;

const stamp = (d: Date) => {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
};

/** A folder of its own for this run: never one that already holds data. */
function newDemoFolder(dataDir: string): string {
  fs.mkdirSync(dataDir, { recursive: true });
  const base = path.join(dataDir, `demo-${stamp(new Date())}`);
  for (let i = 0; ; i++) {
    const dir = i ? `${base}-${i}` : base;
    try {
      fs.mkdirSync(dir);
      return dir;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(usage);
    return 0;
  }
  if (args.length !== 1 || args[0]!.startsWith('-')) {
    process.stderr.write(usage);
    return 2;
  }
  const outDir = path.resolve(args[0]!);
  if (fs.existsSync(outDir) && !fs.statSync(outDir).isDirectory()) {
    process.stderr.write(`"${args[0]}" đã có và không phải là thư mục.\n\n${usage}`);
    return 2;
  }
  // Loaded only now: usage errors and --help answer without the app's module graph.
  const { loadConfig } = await import('../../apps/server/src/config');
  const { openDatabase } = await import('../../apps/server/src/platform/db/database');
  const { operatorMessage } = await import('../../apps/server/src/platform/db/operator');
  const { registerErrors } = await import('../../apps/server/src/platform/http/errors');
  const catalogues = await Promise.all([
    import('../../apps/server/src/modules/reports/reports.errors').then((m) => m.reportsErrors),
    import('../../apps/server/src/modules/identity/identity.errors').then((m) => m.identityErrors),
    import('../../apps/server/src/modules/indicators/indicators.errors').then((m) => m.indicatorsErrors),
    import('../../apps/server/src/modules/plans/plans.errors').then((m) => m.plansErrors),
  ]);
  const { useClock } = await import('../../apps/server/src/modules/reports/clock');
  const { playReportCycle } = await import('../demo/report-cycle');
  const { DEMO_PASSWORD } = await import('../demo/report-cycle-story');
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }
  for (const c of catalogues) registerErrors(c);
  const say = (m: string) => process.stdout.write(`${m}\n`);
  const started = Date.now();
  if (config.DATABASE_URL)
    say('Có DATABASE_URL nhưng bản trình diễn không dùng: lệnh luôn dựng một CSDL nhúng mới trong DATA_DIR.');
  const folder = newDemoFolder(config.dataDir);
  say(`Dựng CSDL trình diễn mới tại ${folder} …`);
  try {
    const database = await openDatabase({ ...config, DATABASE_URL: undefined, dataDir: folder }, say, {
      migrate: true,
    });
    let result;
    try {
      result = await playReportCycle(database.db, config, say);
    } finally {
      useClock(() => new Date());
      await database.close();
    }
    fs.mkdirSync(outDir, { recursive: true });
    const docx = path.join(outDir, DOCX);
    const xlsx = path.join(outDir, XLSX);
    fs.writeFileSync(docx, result.docx);
    fs.writeFileSync(xlsx, result.xlsx);

    const n = result.counts;
    say('');
    say('Kết quả kỳ báo cáo 6 tháng đầu năm 2025 (hạn 10/5/2025):');
    say(
      `  Phải báo cáo: ${n.expected} cơ quan, đơn vị; đã gửi: ${n.submitted} (đúng hạn ${n.onTime}, muộn ${n.late}); chưa gửi: ${n.missing}; đã tiếp nhận: ${n.accepted}.`,
    );
    say(`  Chưa gửi:  ${result.missing.join('; ') || 'không có'}`);
    say(`  Gửi muộn:  ${result.late.join('; ') || 'không có'}`);
    for (const r of result.returned) say(`  Bị trả lại rồi bổ sung: ${r.agency} – “${r.comment}”`);
    say(
      `  Báo cáo tổng hợp số ${result.consolidatedNumber} đã gửi Sở Y tế tỉnh Quảng Ngãi và được tiếp nhận.`,
    );
    say('');
    say('Tệp đã ghi:');
    say(`  ${docx}`);
    say(`  ${xlsx}`);
    say('');
    say('Mở ứng dụng trên dữ liệu trình diễn:');
    say(`  DATA_DIR=${folder} npm start`);
    say(`Tài khoản trình diễn (mật khẩu chung: ${DEMO_PASSWORD}; chỉ dùng cho tập huấn):`);
    for (const a of result.accounts) say(`  ${a.username.padEnd(18)} ${a.fullName}`);
    say(`Hoàn tất sau ${((Date.now() - started) / 1000).toFixed(1)} giây.`);
    return 0;
  } catch (e) {
    const message = operatorMessage(e);
    if (!message) throw e;
    // An AppError here means the story broke a rule of the app: its details say which.
    const details = (e as { details?: unknown }).details;
    process.stderr.write(
      `Không dựng được bản trình diễn: ${message}${details ? `\n${JSON.stringify(details)}` : ''}\n(Thư mục trình diễn dở dang: ${folder})\n`,
    );
    return 1;
  }
}
