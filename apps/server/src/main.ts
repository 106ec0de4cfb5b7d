import { loadConfig } from './config';
import { buildApp } from './app';
import { openDatabase } from './platform/db/database';
import { createScheduler } from './platform/jobs/scheduler';
import { seedOrg } from './modules/org';
import { bootstrapAdmin, purgeExpiredSessions } from './modules/identity';
import { autoReminders, seedPlans } from './modules/plans';
import { ensurePeriods, registerReportJobs } from './modules/reports';
import { seedIndicators } from './modules/indicators';
import { IMPORT_JOB, runImportJob, seedChildCodes } from './modules/children';
import { mailSender } from './modules/notifications';
import { systemContext } from './platform/auth/context';
import { exitOnCrash } from './platform/crash';
import { DbRoleError } from './platform/db/roles';

const crashes = exitOnCrash();

async function main(): Promise<void> {
  const started = Date.now();
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(2);
  }
  const say = (m: string) => process.stdout.write(`${m}\n`);
  const database = await openDatabase(config, say);
  crashes.setCleanup(() => database.close());
  // Anything failing from here on (a taken port, a bad seed) must not leave the embedded server behind.
  const fail = async (e: unknown): Promise<never> => {
    await database.close().catch(() => undefined);
    throw e;
  };
  const { app, scheduler } = await (async () => {
    await database.db.transaction((tx) => seedOrg(tx));
    const seededPlan = await seedPlans(database.db);
    if (seededPlan) say('Đã nạp Kế hoạch công tác trẻ em năm 2025 của huyện Lý Sơn (dữ liệu mẫu).');
    await seedIndicators(database.db);
    await seedChildCodes(database.db);
    await ensurePeriods(database.db, systemContext('seed'));
    const app = await buildApp(config, database);

    const scheduler = createScheduler(database.db, (m) => app.log.warn(m));
    scheduler.register('sessions.purge', async (_p, db) => void (await purgeExpiredSessions(db)));
    await scheduler.every('sessions.purge.hourly', 'sessions.purge', 3600);
    scheduler.register('plans.reminders', async (_p, db) => void (await autoReminders(db)));
    await scheduler.every('plans.reminders.daily', 'plans.reminders', 24 * 3600);
    await registerReportJobs(scheduler, config.SOFFICE_PATH ?? null, (m) => app.log.warn(m));
    scheduler.register(IMPORT_JOB, runImportJob);
    scheduler.register('mail.send', mailSender(config));
    await scheduler.every('mail.send.minutely', 'mail.send', 60);
    scheduler.start();
    return { app, scheduler };
  })().catch(fail);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`Nhận tín hiệu ${signal}, đang dừng…`);
    await scheduler.stop();
    await app.close();
    await database.close();
    say('Đã dừng.');
    process.exit(0);
  };
  onStopRequest(stop);

  await app.listen({ host: config.HOST, port: config.PORT }).catch(async (e: unknown) => {
    await scheduler.stop();
    await app.close();
    return fail(e);
  });
  // Created only once the server listens, so a failed first start never swallows the one-time password.
  const admin = await bootstrapAdmin(database.db);
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.PORT;
  const host = config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST;
  const base = config.PUBLIC_URL ?? `http://${host}:${port}`;
  say('');
  say(
    `Vì Trẻ Em đang chạy (${database.mode === 'embedded' ? `CSDL nhúng tại ${config.dataDir}` : 'CSDL theo DATABASE_URL'}), khởi động ${Date.now() - started} ms.`,
  );
  say(`  Trang cán bộ:      ${base}/app/`);
  say(`  Cổng công khai:    ${base}/`);
  if (admin) {
    say('');
    say('Tài khoản quản trị được tạo lần đầu (mật khẩu chỉ hiện một lần, hãy đổi ngay khi đăng nhập):');
    say(`  Tên đăng nhập: ${admin.username}`);
    say(`  Mật khẩu:      ${admin.password}`);
  } else {
    say(
      'Đăng nhập bằng tài khoản đã có. Quên mật khẩu quản trị: npm run cli -- user:create --username ... --password ... --role admin',
    );
  }
  say('Nhấn Ctrl+C để dừng.');
}

function onStopRequest(stop: (why: string) => Promise<void>): void {
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  // Run by the supervisor (supervisor.ts): if it dies, nobody would stop PostgreSQL — stop now.
  if (process.send) {
    if (!process.connected) void stop('disconnect');
    else process.once('disconnect', () => void stop('disconnect'));
  }
}

main().catch((e: unknown) => {
  const inUse = (e as NodeJS.ErrnoException).code === 'EADDRINUSE';
  const why = inUse
    ? 'cổng đã có chương trình khác dùng; hãy đặt PORT khác'
    : e instanceof Error
      ? e.message
      : String(e);
  process.stderr.write(`Không khởi động được: ${why}\n`);
  // 2 = a setting to fix (the supervisor does not retry); 1 = may pass on a retry.
  process.exit(e instanceof DbRoleError ? 2 : 1);
});
