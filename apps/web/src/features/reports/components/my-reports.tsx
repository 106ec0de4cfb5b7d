import { EditOutlined, EyeOutlined, FileAddOutlined } from '@ant-design/icons';
import type { MyReportDto } from '@vte/contracts';
import { App, Button, Card, Empty, Skeleton } from 'antd';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { errorMessage } from '../../../lib/errors';
import { formatDate } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { useMyReports, useOpenMyReport } from '../api/agency-reports';
import { actionOf } from '../lib/my-report';
import { DeadlineText, OnTimeTag, ReportStatusTag } from './report-tags';
import { ReportsNav } from './reports-nav';
import { canAskReopen, LockStatus, ReopenRequestButton } from './reopen-request';
import '../reports.css';
import '../reports-flow.css';

const ACTION_LABEL = {
  create: 'reports.mine.create',
  continue: 'reports.mine.continue',
  view: 'reports.mine.view',
} as const;
const ACTION_ICON = { create: <FileAddOutlined />, continue: <EditOutlined />, view: <EyeOutlined /> };

/** Báo cáo của đơn vị tôi: the periods my agency must report in, and where each report stands. */
export function MyReports() {
  const mine = useMyReports();
  const open = useOpenMyReport();
  const navigate = useNavigate();
  const { message } = App.useApp();

  const go = (row: MyReportDto) => {
    if (row.report) {
      void navigate(`/reports/agency/${row.report.id}`);
      return;
    }
    open.mutate(row.period.id, {
      onSuccess: (report) => void navigate(`/reports/agency/${report.id}`),
      onError: (error) => void message.error(errorMessage(error)),
    });
  };

  const rows = [...(mine.data ?? [])].sort((a, b) => b.period.dueDate.localeCompare(a.period.dueDate));

  return (
    <>
      <PageHeader title={t('reports.mine.title')} subtitle={t('reports.mine.subtitle')} />
      <ReportsNav active="mine" />
      {mine.isPending ? <Skeleton active paragraph={{ rows: 6 }} /> : null}
      {mine.isError ? <QueryError error={mine.error} onRetry={() => void mine.refetch()} /> : null}
      {mine.data && rows.length === 0 ? (
        <Card>
          <Empty description={t('reports.mine.empty')} />
        </Card>
      ) : null}
      <ul className="card-list" data-testid="my-reports">
        {rows.map((row) => {
          const action = actionOf(row);
          const sent = row.report ? row.report.status !== 'draft' : false;
          return (
            <li key={`${row.period.id}-${row.agencyId}`} className="card-list-item">
              <div className="card-list-main">
                <strong>{row.period.label}</strong>
                <span className="muted">
                  {[row.period.planTitle, row.agencyName].filter(Boolean).join(' · ')}
                </span>
                <span>
                  {t('reports.dueOn', { date: formatDate(row.period.dueDate) })}{' '}
                  <DeadlineText dueDate={row.period.dueDate} submitted={sent} />
                </span>
                <span className="tag-row">
                  {row.report ? (
                    <>
                      <ReportStatusTag status={row.report.status} />
                      <OnTimeTag onTime={row.report.onTime} />
                    </>
                  ) : (
                    <span className="muted">{t('reports.mine.notStarted')}</span>
                  )}
                </span>
                <LockStatus row={row} />
              </div>
              <div className="card-list-actions">
                {canAskReopen(row) ? <ReopenRequestButton row={row} /> : null}
                <Button
                  type={action === 'view' ? 'default' : 'primary'}
                  icon={ACTION_ICON[action]}
                  loading={open.isPending && open.variables === row.period.id}
                  disabled={action === 'create' && !!row.lock && row.lock.reason !== 'not_open'}
                  onClick={() => go(row)}
                  data-testid={`my-report-${action}`}
                >
                  {t(ACTION_LABEL[action])}
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
