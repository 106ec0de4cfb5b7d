// `npm run -s cli -- plan:parse FILE`: extracts a plan (Kế hoạch) from a .txt or .docx file and
// prints it as JSON, without matching agency names against the catalogue. Parser warnings go to
// stderr so that stdout stays valid JSON.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  MAX_PLAN_FILE_BYTES,
  parsePlanFile,
  PlanParseError,
} from '../../apps/server/src/modules/plans/parse/index';

export const summary = 'Trích xuất kế hoạch từ tệp .txt/.docx ra JSON (không đối chiếu danh mục)';

const USAGE = 'Cách dùng: npm run -s cli -- plan:parse <tệp .txt hoặc .docx>\n';

export async function run(args: string[]): Promise<number> {
  const file = args[0];
  if (!file || file === '-h' || file === '--help') {
    process.stderr.write(USAGE);
    return 2;
  }
  let buf: Buffer;
  try {
    const info = await stat(file);
    if (!info.isFile()) {
      process.stderr.write(`Lỗi: "${file}" không phải là tệp.\n`);
      return 2;
    }
    // Refuse before reading a huge file into memory.
    if (info.size > MAX_PLAN_FILE_BYTES) throw new PlanParseError('TOO_LARGE');
    buf = await readFile(file);
  } catch (err) {
    if (err instanceof PlanParseError) {
      process.stderr.write(`Lỗi (${err.code}): ${err.message}\n`);
      return 1;
    }
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'không tồn tại' : code === 'EACCES' ? 'không có quyền đọc' : 'không đọc được';
    process.stderr.write(`Lỗi: tệp "${file}" ${reason}.\n`);
    return 2;
  }
  try {
    const plan = await parsePlanFile(buf, path.basename(file));
    process.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
    for (const w of plan.warnings) process.stderr.write(`Cảnh báo: ${w}\n`);
    return 0;
  } catch (err) {
    if (err instanceof PlanParseError) {
      process.stderr.write(`Lỗi (${err.code}): ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}
