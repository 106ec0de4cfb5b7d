import { ArrowLeftOutlined, HistoryOutlined, ReloadOutlined, SendOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { AgencyReportDto } from '@vte/contracts';
import { Alert, App, Button } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { errorMessage } from '../../../lib/errors';
import { t } from '../../../lib/i18n';
import { agencyDocxPath, agencyPdfPath, agencyXlsxPath, useReviewAgencyReport } from '../api/agency-reports';
import { reportKeys, reportsPath } from '../api/keys';
import { api } from '../../../lib/api-client';
import { missingComments } from '../lib/indicator-grid';
import { hasIssues } from '../lib/issues';
import { AgencyReportBody } from './agency-report-body';
import { DocumentButtons } from './document-buttons';
import { ReportHeader } from './report-header';
import { ReviewActions } from './review-actions';
import { SaveIndicator } from './save-indicator';
import { useReportEditor } from './use-report-editor';
import { useLeaveGuard } from './use-leave-guard';
import { SubmitConfirm } from './submit-confirm';
import { submitChecks } from '../lib/submit-checks';
import { todayIso } from '../../../lib/format';
import { useMoveProgress } from '../api/reopen';
import { VersionHistory } from './version-history';

type AgencyReportEditorProps = {
  initial: AgencyReportDto;
  canSubmit: boolean;
  canReview: boolean;
  /** Where "back" goes: my reports for reporters, the period for reviewers. */
  backTo: { path: string; label: string };
};

/** Báo cáo của cơ quan: the reporter fills it in (autosaved) and sends it; a reviewer accepts or returns it. */
export function AgencyReportEditor({ initial, canSubmit, canReview, backTo }: AgencyReportEditorProps) {
  const editor = useReportEditor(initial);
  const { base, draft, save, issues } = editor;
  const [missing, setMissing] = useState<ReadonlySet<string>>(new Set());
  const [history, setHistory] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [reloading, setReloading] = useState(false);
  const review = useReviewAgencyReport(base.id);
  const queryClient = useQueryClient();
  const { modal, message } = App.useApp();
  const editable = base.editable && canSubmit;
  useLeaveGuard(editor);
  const moveProgress = useMoveProgress(base.id);

  /** Moves an update into this period, after saving what is typed (the answer replaces the report). */
  const move = async (progressId: string) => {
    try {
      await editor.flush();
      editor.reset(await moveProgress.mutateAsync(progressId));
      void message.success(t('reports.progress.moved'));
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  const reload = async () => {
    setReloading(true);
    try {
      const fresh = await queryClient.fetchQuery({
        queryKey: reportKeys.agency(base.id),
        queryFn: ({ signal }) => api.get<AgencyReportDto>(reportsPath('agency', base.id), { signal }),
        staleTime: 0,
      });
      editor.reset(fresh);
    } catch (error) {
      void message.error(errorMessage(error));
    } finally {
      setReloading(false);
    }
  };

  const send = () => {
    const lacking = missingComments(draft.indicators, base.indicators);
    setMissing(new Set(lacking));
    if (lacking.length > 0) {
      void message.error(t('reports.submit.missingComments', { count: lacking.length }));
      document.querySelector('[data-testid="indicator-grid"]')?.scrollIntoView({ behavior: 'smooth' });
      return;
    }
    modal.confirm({
      title: t('reports.submit.title'),
      content: (
        <SubmitConfirm
          intro={t('reports.submit.confirm', { agency: base.agencyName, period: base.period.label })}
          checks={submitChecks(base, draft, todayIso())}
        />
      ),
      okText: t('reports.submit.button'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        setSubmitting(true);
        try {
          const sent = await editor.submit();
          if (sent) void message.success(t('reports.submit.done'));
        } catch (error) {
          void message.error({ content: errorMessage(error), duration: 8 });
        } finally {
          setSubmitting(false);
        }
      },
    });
  };

  const onReview = async (input: Parameters<typeof review.mutateAsync>[0]) => {
    const report = await review.mutateAsync(input);
    editor.reset(report);
  };

  return (
    <>
      <Link to={backTo.path} className="back-link">
        <ArrowLeftOutlined /> {backTo.label}
      </Link>
      <PageHeader
        title={t('reports.agency.title', { agency: base.agencyName })}
        subtitle={base.period.label}
        extra={
          <div className="page-actions">
            <DocumentButtons
              files={[
                { kind: 'docx', path: agencyDocxPath(base.id), fileName: 'bao-cao.docx' },
                ...(base.indicators.length
                  ? [
                      {
                        kind: 'xlsx' as const,
                        path: agencyXlsxPath(base.id),
                        fileName: 'phu-luc-chi-tieu.xlsx',
                      },
                    ]
                  : []),
                { kind: 'pdf', path: agencyPdfPath(base.id), fileName: 'bao-cao.pdf' },
              ]}
            />
            <Button icon={<HistoryOutlined />} onClick={() => setHistory(true)} data-testid="report-history">
              {t('reports.versions.button')}
            </Button>
          </div>
        }
      />
      <ReportHeader report={base} />
      {save.status === 'stale' ? (
        <Alert
          type="error"
          showIcon
          title={t('reports.stale.title')}
          description={t('reports.stale.body')}
          action={
            <Button icon={<ReloadOutlined />} loading={reloading} onClick={() => void reload()}>
              {t('reports.stale.reload')}
            </Button>
          }
          className="form-alert"
          data-testid="report-stale"
        />
      ) : null}
      {save.status === 'locked' && save.message ? (
        <Alert type="warning" showIcon title={save.message} className="form-alert" />
      ) : null}
      {base.draftIssues.length > 0 && editable ? (
        <Alert
          type="warning"
          showIcon
          title={t('reports.draftIssues.title')}
          description={
            <ul className="plain-list">
              {base.draftIssues.map((issue) => (
                <li key={issue.path}>{issue.message}</li>
              ))}
            </ul>
          }
          className="form-alert"
          data-testid="report-draft-issues"
        />
      ) : issues.other.length > 0 ? (
        <Alert type="error" showIcon title={issues.other.join('; ')} className="form-alert" />
      ) : hasIssues(issues) ? (
        <Alert type="error" showIcon title={t('reports.issuesBelow')} className="form-alert" />
      ) : null}
      <AgencyReportBody
        report={base}
        draft={draft}
        update={editable ? editor.update : undefined}
        issues={issues}
        missingComments={missing}
        onMove={editable ? (progressId) => void move(progressId) : undefined}
      />
      {editable || (canReview && base.status === 'submitted') ? (
        <div className="sticky-actions" data-testid="report-actions">
          {editable ? (
            <>
              <SaveIndicator save={save} onRetry={() => void editor.flush()} />
              <Button
                type="primary"
                icon={<SendOutlined />}
                loading={submitting}
                disabled={save.status === 'stale' || save.status === 'locked'}
                onClick={send}
                data-testid="report-submit"
              >
                {t('reports.submit.button')}
              </Button>
            </>
          ) : null}
          {canReview && base.status === 'submitted' ? (
            <ReviewActions
              onReview={onReview}
              pending={review.isPending}
              subject={t('reports.review.subject', { agency: base.agencyName })}
            />
          ) : null}
        </div>
      ) : null}
      <VersionHistory reportId={base.id} open={history} onClose={() => setHistory(false)} />
    </>
  );
}
