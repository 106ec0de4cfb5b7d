import { Outbox } from '../../features/notifications/components/outbox';

/** Thư gửi đi (mail.read). */
export function OutboxRoute() {
  return <Outbox />;
}
