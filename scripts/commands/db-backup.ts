import os from 'node:os';
import path from 'node:path';

export const summary = 'Sao lưu toàn bộ cơ sở dữ liệu ra một tệp (chạy được khi ứng dụng đang chạy)';

const usage = `Cách dùng: npm run cli -- db:backup <tệp>   (ví dụ: sao-luu/vte-$(date +%F).jsonl.gz)

Ghi một bản chụp nhất quán của mọi bảng (JSON Lines nén gzip, có mã kiểm tra SHA-256).
Cơ sở dữ liệu: theo DATABASE_URL, nếu không thì CSDL nhúng trong DATA_DIR; nếu ứng dụng đang
chạy, lệnh đọc qua máy chủ CSDL của ứng dụng mà không cần dừng nó. Tệp chứa dữ liệu cá nhân:
chỉ chủ tệp đọc được (quyền 0600), hãy cất giữ an toàn. Xem docs/backup.md.
`;

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(usage);
    return 0;
  }
  if (args.length !== 1 || args[0]!.startsWith('-')) {
    process.stderr.write(usage);
    return 2;
  }
  // Loaded only now: usage errors and --help answer without the app's module graph.
  const { loadConfig } = await import('../../apps/server/src/config');
  const { backupDatabase } = await import('../../apps/server/src/platform/db/backup');
  const { openOperatorDatabase, operatorMessage } =
    await import('../../apps/server/src/platform/db/operator');
  const { recordAudit } = await import('../../apps/server/src/modules/audit');
  const say = (m: string) => process.stdout.write(`${m}\n`);
  try {
    const database = await openOperatorDatabase(loadConfig(), say, { migrate: false, attach: true });
    try {
      const started = Date.now();
      const result = await backupDatabase(database.pool, args[0]!);
      const total = Object.values(result.counts).reduce((a, b) => a + b, 0);
      say(
        `Đã sao lưu ${Object.keys(result.counts).length} bảng, ${total} dòng vào ${result.file} (${(result.bytes / 1024).toFixed(1)} KiB, ${Date.now() - started} ms).`,
      );
      for (const [table, n] of Object.entries(result.counts)) say(`  ${table.padEnd(28)} ${n}`);
      // Copying out every record is an export of personal data: leave a trace in the audit log.
      await recordAudit(
        database.db,
        { user: null, ip: 'cli', userAgent: 'npm run cli -- db:backup' },
        {
          action: 'export',
          entity: 'database_backup',
          entityId: path.basename(result.file),
          actor: { id: null, username: `cli:${os.userInfo().username}` },
          after: { file: result.file, createdAt: result.createdAt, rows: total },
        },
      ).catch(() => say('(Không ghi được nhật ký hệ thống cho lần sao lưu này.)'));
      return 0;
    } finally {
      await database.close();
    }
  } catch (e) {
    const message = operatorMessage(e);
    if (!message) throw e;
    process.stderr.write(`${message}\n`);
    return 2;
  }
}
