// `npm run -s cli -- children:import FILE --unit "<name or code>" --as-of YYYY-MM-DD [--dry-run]`:
// the web wizard's importer from the command line. stdout is only the JSON result; every message
// for the operator (database start, errors) goes to stderr.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

export const summary = 'Nhập danh sách trẻ em từ tệp .xlsx/.xls/.csv vào sổ theo dõi (in kết quả JSON)';

const usage = `Cách dùng:
  npm run -s cli -- children:import <tệp> --unit "<tên hoặc mã đơn vị>" --as-of YYYY-MM-DD [--dry-run]

Đọc danh sách trẻ em (.xlsx, .xls, .csv), kiểm tra từng dòng như màn hình nhập trên web, rồi nhập mọi
dòng hợp lệ trong một giao dịch (dòng lỗi không được nhập). --unit: đơn vị còn hiệu lực vào ngày --as-of.
--dry-run: chỉ kiểm tra, không lưu gì. Kết quả JSON in ra stdout:
  { "rows", "children", "imported", "issues": [{ "row", "column", "code", "severity", "message" }],
    "duplicates": [{ "rows", "kind", "score" }] }
Cơ sở dữ liệu: theo DATABASE_URL, nếu không thì CSDL nhúng trong DATA_DIR (mặc định ./data).
`;

const fail = (m: string, code = 2) => {
  process.stderr.write(`${m}\n`);
  return code;
};

function parse(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: {
      unit: { type: 'string' },
      'as-of': { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  return { ...values, file: positionals[0], extra: positionals.slice(1) };
}

async function readList(file: string, maxBytes: number): Promise<Buffer | string> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return `"${file}" không phải là tệp.`;
    if (info.size > maxBytes) return `Tệp quá lớn (tối đa ${Math.round(maxBytes / 1024 / 1024)} MB).`;
    return await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return `Tệp "${file}" ${code === 'ENOENT' ? 'không tồn tại' : code === 'EACCES' ? 'không có quyền đọc' : 'không đọc được'}.`;
  }
}

export async function run(args: string[]): Promise<number> {
  let a;
  try {
    a = parse(args);
  } catch (e) {
    return fail(`Tham số không hợp lệ: ${(e as Error).message}\n\n${usage}`);
  }
  if (a.help) {
    process.stdout.write(usage);
    return 0;
  }
  if (!a.file || a.extra.length || !a.unit || !a['as-of'])
    return fail(`Cần <tệp>, --unit và --as-of.\n\n${usage}`);
  const asOf = a['as-of'];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf)))
    return fail('--as-of cần là một ngày có thật, dạng YYYY-MM-DD.');

  // Loaded only now: a usage error or --help answers at once, without the app's module graph.
  const { MAX_IMPORT_BYTES } = await import('../../apps/server/src/modules/children/import-analyse');
  const data = await readList(a.file, MAX_IMPORT_BYTES);
  if (typeof data === 'string') return fail(`Lỗi: ${data}`);
  const { loadConfig } = await import('../../apps/server/src/config');
  const { openOperatorDatabase, operatorMessage } =
    await import('../../apps/server/src/platform/db/operator');
  const { registerErrors } = await import('../../apps/server/src/platform/http/errors');
  const { seedOrg } = await import('../../apps/server/src/modules/org');
  const { orgErrors } = await import('../../apps/server/src/modules/org/org.errors');
  const { seedChildCodes } = await import('../../apps/server/src/modules/children');
  const { importErrors } = await import('../../apps/server/src/modules/children/import.errors');
  const { importForCli } = await import('../../apps/server/src/modules/children/import-cli');
  const { GenerateError, unitByNameOrCode } =
    await import('../../apps/server/src/modules/children/synthetic.service');
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    return fail((e as Error).message);
  }
  registerErrors(importErrors);
  registerErrors(orgErrors);
  const say = (m: string) => process.stderr.write(`${m}\n`);
  try {
    const database = await openOperatorDatabase(config, say, { migrate: true, attach: true });
    try {
      const db = database.db;
      await db.transaction((tx) => seedOrg(tx));
      await seedChildCodes(db);
      const unit = await unitByNameOrCode(db, a.unit, asOf);
      const out = await importForCli(db, {
        unit,
        asOf,
        data,
        fileName: path.basename(a.file),
        dryRun: a['dry-run'],
      });
      process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      return 0;
    } finally {
      await database.close();
    }
  } catch (e) {
    if (e instanceof GenerateError) return fail(`Lỗi: ${e.message}`);
    const message = operatorMessage(e);
    const earlier = (e as { details?: { importId?: string; createdAt?: string } }).details;
    if (message && earlier?.importId)
      return fail(`Lỗi: ${message} (lần nhập ${earlier.importId}, lúc ${earlier.createdAt})`, 1);
    if (message) return fail(`Lỗi: ${message}`, 1);
    throw e;
  }
}
