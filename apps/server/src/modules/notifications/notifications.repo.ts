import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Exec } from '../../platform/db/pool';
import { mailOutbox, notification } from './notifications.tables';

export async function insertNotifications(
  exec: Exec,
  rows: (typeof notification.$inferInsert)[],
): Promise<void> {
  if (rows.length) await exec.insert(notification).values(rows);
}

export async function insertMail(exec: Exec, rows: (typeof mailOutbox.$inferInsert)[]): Promise<void> {
  if (rows.length) await exec.insert(mailOutbox).values(rows);
}

export async function notificationsOf(exec: Exec, userId: string, unreadOnly: boolean) {
  return exec
    .select()
    .from(notification)
    .where(and(eq(notification.userId, userId), unreadOnly ? isNull(notification.readAt) : undefined))
    .orderBy(desc(notification.createdAt))
    .limit(100);
}

export async function markRead(exec: Exec, userId: string, id?: string): Promise<number> {
  const r = await exec
    .update(notification)
    .set({ readAt: new Date() })
    .where(
      and(
        eq(notification.userId, userId),
        isNull(notification.readAt),
        id ? eq(notification.id, id) : undefined,
      ),
    )
    .returning({ id: notification.id });
  return r.length;
}

export async function listOutbox(exec: Exec, provinceIds: string[] | null, page: number, pageSize: number) {
  const cond = provinceIds === null ? undefined : inArray(mailOutbox.provinceId, provinceIds);
  const rows = await exec
    .select({
      id: mailOutbox.id,
      toAddress: mailOutbox.toAddress,
      subject: mailOutbox.subject,
      status: mailOutbox.status,
      attempts: mailOutbox.attempts,
      lastError: mailOutbox.lastError,
      createdAt: mailOutbox.createdAt,
      sentAt: mailOutbox.sentAt,
    })
    .from(mailOutbox)
    .where(cond)
    .orderBy(desc(mailOutbox.createdAt))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const total = (await exec.select({ n: count() }).from(mailOutbox).where(cond))[0]?.n ?? 0;
  return { rows, total };
}

/** Claims pending mail for one sender; SKIP LOCKED lets several app instances share the outbox. */
export async function claimMail(exec: Exec, limit: number) {
  const r = await exec.execute<{
    id: string;
    to_address: string;
    subject: string;
    body: string;
    attempts: number;
  }>(sql`
    update mail_outbox set status = 'sending', attempts = attempts + 1
    where id in (select id from mail_outbox where status = 'pending' order by created_at limit ${limit} for update skip locked)
    returning id, to_address, subject, body, attempts`);
  return r.rows;
}

export async function mailResult(
  exec: Exec,
  id: string,
  ok: boolean,
  error: string | null,
  attempts: number,
): Promise<void> {
  await exec
    .update(mailOutbox)
    .set(
      ok
        ? { status: 'sent', sentAt: new Date(), lastError: null }
        : { status: attempts >= 5 ? 'failed' : 'pending', lastError: error?.slice(0, 1000) ?? null },
    )
    .where(eq(mailOutbox.id, id));
}
