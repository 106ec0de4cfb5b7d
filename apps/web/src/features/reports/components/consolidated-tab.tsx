import { FileAddOutlined, SyncOutlined } from '@ant-design/icons';
import { App, Button, Empty, Skeleton } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../../components/query-error';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/errors';
import { t } from '../../../lib/i18n';
import {
  useGenerateConsolidated,
  usePeriodConsolidated,
  type GenerateMode,
  type GenerateResult,
} from '../api/consolidated';
import { ConflictsModal } from './conflicts-modal';
import { ConsolidatedEditor } from './consolidated-editor';

/** Báo cáo tổng hợp of a period: generate it from the agency reports, then edit and send it upward. */
export function ConsolidatedTab({ periodId, canReview }: { periodId: string; canReview: boolean }) {
  const consolidated = usePeriodConsolidated(periodId);
  const generate = useGenerateConsolidated(periodId);
  const [conflicts, setConflicts] = useState<GenerateResult['conflicts']>([]);
  const { modal, message } = App.useApp();

  const run = async (mode: GenerateMode) => {
    try {
      const result = await generate.mutateAsync(mode);
      setConflicts(mode === 'keep' ? result.conflicts : []);
      void message.success(mode === 'replace' ? t('reports.cons.replaced') : t('reports.cons.generated'));
    } catch (error) {
      void message.error({ content: errorMessage(error), duration: 8 });
    }
  };
  const regenerate = () =>
    modal.confirm({
      title: t('reports.cons.regenerate'),
      content: t('reports.cons.regenerateConfirm'),
      okText: t('reports.cons.regenerate'),
      cancelText: t('common.cancel'),
      onOk: () => run('keep'),
    });

  const conflictsModal =
    conflicts.length > 0 ? (
      <ConflictsModal
        conflicts={conflicts}
        replacing={generate.isPending}
        onReplace={() => run('replace')}
        onClose={() => setConflicts([])}
      />
    ) : null;

  if (consolidated.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (consolidated.isError) {
    if (isApiError(consolidated.error) && consolidated.error.status === 404)
      return (
        <Empty description={t('reports.cons.none')} data-testid="consolidated-empty">
          {canReview ? (
            <Button
              type="primary"
              icon={<FileAddOutlined />}
              loading={generate.isPending}
              onClick={() => void run('keep')}
              data-testid="consolidated-generate"
            >
              {t('reports.cons.generate')}
            </Button>
          ) : null}
          {conflictsModal}
        </Empty>
      );
    return <QueryError error={consolidated.error} onRetry={() => void consolidated.refetch()} />;
  }
  const report = consolidated.data;
  const open = report.status === 'draft' || report.status === 'returned';
  return (
    <>
      {canReview && open ? (
        <div className="tab-toolbar">
          <span className="muted small-text">{t('reports.cons.regenerateHelp')}</span>
          <Button
            icon={<SyncOutlined />}
            loading={generate.isPending}
            onClick={regenerate}
            data-testid="consolidated-regenerate"
          >
            {t('reports.cons.regenerate')}
          </Button>
        </div>
      ) : null}
      <ConsolidatedEditor
        key={`${report.id}-${report.revision}`}
        report={report}
        canEdit={canReview}
        canReceive={false}
      />
      {conflictsModal}
    </>
  );
}
