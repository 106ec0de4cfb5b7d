import { Card, Skeleton } from 'antd';
import { t } from '../lib/i18n';

/** Placeholder while a screen's code or first data arrives. */
export function PageSkeleton() {
  return (
    <div role="status" aria-live="polite" aria-label={t('common.loading')}>
      <Skeleton.Input active size="large" style={{ width: 280, marginBottom: 24 }} />
      <Card>
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    </div>
  );
}
