import type { NotificationDto, OutboxItemDto } from '@vte/contracts';
import type { AuthedContext } from '../../platform/auth/context';
import type { Db } from '../../platform/db/pool';
import * as repo from './notifications.repo';

// Reads and read-marks behind the notification and outbox routes (the routes stay adapters).

export async function myNotifications(
  db: Db,
  ctx: AuthedContext,
  unreadOnly: boolean,
): Promise<NotificationDto[]> {
  return (await repo.notificationsOf(db, ctx.user.id, unreadOnly)).map((n) => ({
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    link: n.link,
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
  }));
}

export async function markRead(db: Db, ctx: AuthedContext, id?: string): Promise<void> {
  await repo.markRead(db, ctx.user.id, id);
}

/** National users see every outbox row; others their province's (none when they have no province). */
export async function outbox(db: Db, ctx: AuthedContext, page: number, pageSize: number) {
  const provinces = ctx.user.unitIds === null ? null : ctx.user.provinceId ? [ctx.user.provinceId] : [];
  const { rows, total } = await repo.listOutbox(db, provinces, page, pageSize);
  const items: OutboxItemDto[] = rows.map((r) => ({
    ...r,
    status: r.status as OutboxItemDto['status'],
    createdAt: r.createdAt.toISOString(),
    sentAt: r.sentAt?.toISOString() ?? null,
  }));
  return { items, total, page, pageSize };
}
