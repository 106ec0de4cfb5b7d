import { z, pageOf, uuid } from './common';

export const notificationDto = z.object({
  id: uuid,
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationDto = z.infer<typeof notificationDto>;
export const notificationQuery = z.strictObject({ unread: z.enum(['true', 'false']).optional() });

export const outboxStatuses = ['pending', 'sending', 'sent', 'failed'] as const;
export const outboxItemDto = z.object({
  id: uuid,
  toAddress: z.string(),
  subject: z.string(),
  status: z.enum(outboxStatuses),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type OutboxItemDto = z.infer<typeof outboxItemDto>;
export const outboxPageDto = pageOf(outboxItemDto);
