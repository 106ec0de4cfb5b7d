import { reportEventLabels } from '@vte/contracts';
import { Button, Drawer, Empty, Skeleton, Timeline } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../../components/query-error';
import { formatDateTime } from '../../../lib/format';
import { usePhone } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import { useReportVersion, useReportVersions } from '../api/agency-reports';
import { draftOf } from '../lib/report-draft';
import { AgencyReportBody } from './agency-report-body';

type VersionHistoryProps = { reportId: string; open: boolean; onClose: () => void };

/** Lịch sử phiên bản: each submission, return, acceptance; any version opens read-only. */
export function VersionHistory({ reportId, open, onClose }: VersionHistoryProps) {
  const versions = useReportVersions(reportId, open);
  const [opened, setOpened] = useState<number | null>(null);
  const version = useReportVersion(reportId, opened);
  const phone = usePhone();

  return (
    <>
      <Drawer open={open} onClose={onClose} title={t('reports.versions.title')} size={phone ? '100%' : 420}>
        {versions.isPending ? <Skeleton active /> : null}
        {versions.isError ? (
          <QueryError error={versions.error} onRetry={() => void versions.refetch()} />
        ) : null}
        {versions.data?.length === 0 ? <Empty description={t('reports.versions.empty')} /> : null}
        <Timeline
          items={(versions.data ?? []).map((v) => ({
            key: `${v.version}-${v.event}-${v.createdAt}`,
            content: (
              <div className="cell-stack" data-testid="report-version">
                <strong>
                  {t('reports.versions.item', { version: v.version, event: reportEventLabels[v.event] })}
                </strong>
                <span className="muted small-text">
                  {[formatDateTime(v.createdAt), v.createdByName].filter(Boolean).join(' · ')}
                </span>
                {v.comment ? <span className="pre-wrap">{v.comment}</span> : null}
                <Button size="small" onClick={() => setOpened(v.version)}>
                  {t('reports.versions.open')}
                </Button>
              </div>
            ),
          }))}
        />
      </Drawer>
      <Drawer
        open={opened !== null}
        onClose={() => setOpened(null)}
        title={t('reports.versions.viewing', { version: opened ?? '' })}
        size={phone ? '100%' : 760}
      >
        {version.isPending ? <Skeleton active paragraph={{ rows: 10 }} /> : null}
        {version.isError ? <QueryError error={version.error} onRetry={() => void version.refetch()} /> : null}
        {version.data ? <AgencyReportBody report={version.data} draft={draftOf(version.data)} /> : null}
      </Drawer>
    </>
  );
}
