import os from 'node:os';
import path from 'node:path';

export const summary = 'Khôi phục toàn bộ cơ sở dữ liệu từ một tệp sao lưu (thay thế dữ liệu hiện có)';

const usage = `Cách dùng: npm run cli -- db:restore <tệp> [--force]

THAY THẾ toàn bộ dữ liệu hiện có bằng nội dung tệp sao lưu (tạo bởi db:backup), trong một giao
dịch duy nhất: nếu có lỗi, dữ liệu giữ nguyên như trước. Hãy dừng ứng dụng trước khi khôi phục.
Tệp hỏng, bị cắt cụt, sai mã kiểm tra hoặc tạo bởi phiên bản mới hơn đều bị từ chối.
  --force   vẫn khôi phục khi còn kết nối khác tên "vi-tre-em" tới CSDL (chỉ với DATABASE_URL)
Xem docs/backup.md.
`;

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(usage);
    return 0;
  }
  const force = args.includes('--force');
  const files = args.filter((a) => a !== '--force');
  if (files.length !== 1 || files[0]!.startsWith('-')) {
    process.stderr.write(usage);
    return 2;
  }
  const file = path.resolve(files[0]!);
  // Loaded only now: usage errors and --help answer without the app's module graph.
  const { loadConfig } = await import('../../apps/server/src/config');
  const { restoreDatabase, verifyBackup } = await import('../../apps/server/src/platform/db/backup');
  const { openOperatorDatabase, operatorMessage, otherAppSessions } =
    await import('../../apps/server/src/platform/db/operator');
  const { recordAudit } = await import('../../apps/server/src/modules/audit');
  const say = (m: string) => process.stdout.write(`${m}\n`);
  try {
    const config = loadConfig();
    // Check the file before starting anything: a bad file is refused with nothing touched.
    const checked = await verifyBackup(file);
    say(`Tệp hợp lệ: bản sao lưu lúc ${checked.header.createdAt}, ${checked.tables.length} bảng.`);
    const database = await openOperatorDatabase(config, say, {
      migrate: false,
      attach: false,
      purpose: 'khôi phục dữ liệu',
    });
    try {
      const others = await otherAppSessions(database.pool);
      if (others > 0 && !force) {
        process.stderr.write(
          `Có ${others} kết nối khác của Vì Trẻ Em tới cơ sở dữ liệu này: ứng dụng có vẻ đang chạy. ` +
            'Hãy dừng ứng dụng trước khi khôi phục (hoặc thêm --force nếu chắc chắn). Không có gì bị thay đổi.\n',
        );
        return 2;
      }
      const started = Date.now();
      say('Đang khôi phục…');
      const result = await restoreDatabase(database.pool, file, {
        log: say,
        verified: checked,
        appRole: database.appRole,
      });
      const total = Object.values(result.counts).reduce((a, b) => a + b, 0);
      say(
        `Đã khôi phục ${Object.keys(result.counts).length} bảng, ${total} dòng (${Date.now() - started} ms).`,
      );
      if (result.upgradedBy > 0)
        say(`Đã cập nhật cấu trúc dữ liệu thêm ${result.upgradedBy} bước cho phiên bản hiện tại.`);
      // The restored audit log ends at the backup: record that a restore replaced what came after.
      await recordAudit(
        database.db,
        { user: null, ip: 'cli', userAgent: 'npm run cli -- db:restore' },
        {
          action: 'update',
          entity: 'database_restore',
          entityId: path.basename(file),
          actor: { id: null, username: `cli:${os.userInfo().username}` },
          after: { file, backupCreatedAt: result.createdAt, rows: total },
        },
      ).catch(() => say('(Không ghi được nhật ký hệ thống cho lần khôi phục này.)'));
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
