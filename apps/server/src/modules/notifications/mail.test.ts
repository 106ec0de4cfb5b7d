import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/harness';
import { LY_SON } from '../org';
import { mailSender, notify } from './notifications.service';

// A minimal SMTP server on loopback: enough of RFC 5321 for nodemailer to deliver one message.
function smtpServer(received: string[]) {
  return net.createServer((socket) => {
    let data = false;
    let body = '';
    socket.write('220 localhost ESMTP test\r\n');
    socket.on('data', (chunk) => {
      for (const line of chunk.toString('utf8').split('\r\n')) {
        if (data) {
          if (line === '.') {
            data = false;
            received.push(body);
            body = '';
            socket.write('250 OK queued\r\n');
          } else body += `${line}\n`;
          continue;
        }
        const cmd = line.slice(0, 4).toUpperCase();
        if (!line) continue;
        if (cmd === 'EHLO' || cmd === 'HELO') socket.write('250-localhost\r\n250 8BITMIME\r\n');
        else if (cmd === 'MAIL' || cmd === 'RCPT' || cmd === 'RSET' || cmd === 'NOOP')
          socket.write('250 OK\r\n');
        else if (cmd === 'DATA') {
          data = true;
          socket.write('354 go ahead\r\n');
        } else if (cmd === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('502 not implemented\r\n');
      }
    });
  });
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const outbox = async () =>
  (
    await t.db.execute<{ status: string; attempts: number; last_error: string | null }>(
      sql`select status, attempts, last_error from mail_outbox order by created_at`,
    )
  ).rows;

describe('mail outbox', () => {
  it('keeps mail when the SMTP server is down, then delivers it on a later run', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (probe.address() as net.AddressInfo).port;
        probe.close(() => resolve(p));
      });
    });
    const s = await t.userSession('agency_reporter');
    await t.db.execute(sql`update app_user set email = 'baocao@lyson.gov.vn' where id = ${s.userId}`);
    await notify(t.db, {
      provinceId: LY_SON.provinceId,
      kind: 'plan.manual',
      title: 'Đôn đốc thực hiện nhiệm vụ 4',
      body: 'Đề nghị gửi báo cáo 6 tháng.',
      link: '/app/plans/my-tasks',
      to: [{ id: s.userId, email: 'baocao@lyson.gov.vn' }],
    });
    const send = mailSender({
      ...t.config,
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      MAIL_FROM: 'Vì Trẻ Em <no-reply@lyson.gov.vn>',
    });
    await send({}, t.db);
    const failed = await outbox();
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ status: 'pending', attempts: 1 });
    expect(failed[0]!.last_error).toMatch(/ECONNREFUSED/);

    const received: string[] = [];
    const server = smtpServer(received);
    await new Promise<void>((r) => server.listen(port, '127.0.0.1', () => r()));
    try {
      await send({}, t.db);
    } finally {
      server.close();
    }
    expect(await outbox()).toMatchObject([{ status: 'sent', attempts: 2 }]);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatch(/baocao@lyson\.gov\.vn/);
  });

  it('without SMTP_URL leaves mail in the outbox for the app to show', async () => {
    const before = await outbox();
    await mailSender({ ...t.config, SMTP_URL: undefined })({}, t.db);
    expect(await outbox()).toEqual(before);
  });
});
