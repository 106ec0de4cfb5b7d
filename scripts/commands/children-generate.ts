import { parseArgs } from 'node:util';

export const summary = 'Sinh sổ trẻ em mô phỏng (tên giả, để trình diễn và đo hiệu năng) cho một đơn vị';

const usage = `Cách dùng:
  npm run -s cli -- children:generate --unit "<tên hoặc mã đơn vị>" --count <số trẻ> [--seed <số>] [--as-of YYYY-MM-DD]

Sinh một sổ trẻ em MÔ PHỎNG cho đơn vị (và các đơn vị cấp dưới đang có hiệu lực): họ tên lấy từ danh
sách cố định, mọi hồ sơ ghi chú "Dữ liệu mô phỏng"; tuổi 0–17 (có trẻ từ 16 tuổi), khoảng 5% có hoàn cảnh
đặc biệt, một số có nguy cơ, cha mẹ hoặc người giám hộ, thôn; khoảng 10% chưa có số định danh, một số số
sai, vài hồ sơ trùng. Cùng --seed cho cùng dữ liệu: chạy lại không thêm gì. Ví dụ (Lý Sơn):
  npm run -s cli -- children:generate --unit "Lý Sơn" --count 5000

Cơ sở dữ liệu: theo DATABASE_URL, nếu không thì CSDL nhúng trong DATA_DIR (mặc định ./data).
Không dùng trên dữ liệu thật đang vận hành.
`;

const fail = (m: string) => {
  process.stderr.write(`${m}\n`);
  return 2;
};

export async function run(args: string[]): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args,
      strict: true,
      options: {
        unit: { type: 'string' },
        count: { type: 'string' },
        seed: { type: 'string', default: '1' },
        'as-of': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (e) {
    return fail(`Tham số không hợp lệ: ${(e as Error).message}\n\n${usage}`);
  }
  if (values.help) {
    process.stdout.write(usage);
    return 0;
  }
  const count = Number(values.count);
  const seed = Number(values.seed);
  if (!values.unit || !Number.isInteger(count) || count < 1 || count > 2_000_000)
    return fail(`Cần --unit và --count (số nguyên 1–2.000.000).\n\n${usage}`);
  if (!Number.isInteger(seed) || seed < 0) return fail('--seed cần là số nguyên không âm.');
  const asOf = values['as-of'];
  if (asOf && (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf))))
    return fail('--as-of cần dạng YYYY-MM-DD.');

  // Loaded only now: a usage error or --help answers at once, without the app's module graph.
  const { loadConfig } = await import('../../apps/server/src/config');
  const { openOperatorDatabase, operatorMessage } =
    await import('../../apps/server/src/platform/db/operator');
  const { seedOrg } = await import('../../apps/server/src/modules/org');
  const { seedChildCodes } = await import('../../apps/server/src/modules/children');
  const { GenerateError, generateRegister, unitByNameOrCode } =
    await import('../../apps/server/src/modules/children/synthetic.service');
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    return fail((e as Error).message);
  }
  const say = (m: string) => process.stdout.write(`${m}\n`);
  try {
    const database = await openOperatorDatabase(config, say, { migrate: true, attach: true });
    try {
      const db = database.db;
      await db.transaction((tx) => seedOrg(tx));
      await seedChildCodes(db);
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
      const unit = await unitByNameOrCode(db, values.unit, asOf ?? today);
      const started = Date.now();
      const r = await generateRegister(db, {
        unit,
        count,
        seed,
        asOf,
        onProgress: (n) =>
          count > 20_000 && say(`  … ${n.toLocaleString('vi-VN')} / ${count.toLocaleString('vi-VN')}`),
      });
      say(
        `Đã thêm ${r.added.toLocaleString('vi-VN')} trẻ mô phỏng vào ${unit.name} (${r.units.length} đơn vị) sau ${((Date.now() - started) / 1000).toFixed(1)} giây.`,
      );
      if (r.added < count)
        say(`${(count - r.added).toLocaleString('vi-VN')} hồ sơ đã có từ lần chạy trước với cùng --seed.`);
      return 0;
    } finally {
      await database.close();
    }
  } catch (e) {
    if (e instanceof GenerateError) return fail(e.message);
    const message = operatorMessage(e);
    if (message) return fail(message);
    throw e;
  }
}
