import type { Transporter } from 'nodemailer';
import type { Config } from '../../config';
import type { Db, Exec } from '../../platform/db/pool';
import * as repo from './notifications.repo';

export interface Recipient {
  id: string;
  email: string | null;
}

/** In-app notification for each user and, where the user has an address, a mail in the outbox — same transaction as the cause. */
export async function notify(
  exec: Exec,
  m: { provinceId: string; kind: string; title: string; body: string; link: string | null; to: Recipient[] },
): Promise<number> {
  await repo.insertNotifications(
    exec,
    m.to.map((u) => ({
      provinceId: m.provinceId,
      userId: u.id,
      kind: m.kind,
      title: m.title,
      body: m.body,
      link: m.link,
    })),
  );
  await repo.insertMail(
    exec,
    m.to.flatMap((u) =>
      u.email
        ? [
            {
              provinceId: m.provinceId,
              toAddress: u.email,
              subject: m.title,
              body: `${m.body}\n\n${m.link ?? ''}`.trim(),
            },
          ]
        : [],
    ),
  );
  return m.to.length;
}

/**
 * Delivers pending mail through SMTP_URL. Without SMTP (development) mail stays pending and is
 * read in the app's outbox screen; a failed send is retried up to five times.
 */
export function mailSender(config: Config) {
  let transport: Transporter | undefined;
  return async (_payload: unknown, db: Db): Promise<void> => {
    if (!config.SMTP_URL) return;
    transport ??= (await import('nodemailer')).default.createTransport(config.SMTP_URL);
    for (const m of await repo.claimMail(db, 20)) {
      try {
        await transport.sendMail({
          from: config.MAIL_FROM,
          to: m.to_address,
          subject: m.subject,
          text: m.body,
        });
        await repo.mailResult(db, m.id, true, null, m.attempts);
      } catch (e) {
        await repo.mailResult(db, m.id, false, e instanceof Error ? e.message : String(e), m.attempts);
      }
    }
  };
}
