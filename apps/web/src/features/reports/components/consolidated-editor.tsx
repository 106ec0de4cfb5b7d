import { ReloadOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { ConsolidatedDto, ReviewInput } from '@vte/contracts';
import { Alert, App, Button, Card, DatePicker, Input } from 'antd';
import { useEffect, useState } from 'react';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/errors';
import { DATE_FORMAT, formatDate, formatDateTime, fromDayjs, toDayjs } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import {
  consolidatedDocxPath,
  consolidatedPdfPath,
  consolidatedXlsxPath,
  useReviewConsolidated,
  useSubmitConsolidated,
  useUpdateConsolidated,
} from '../api/consolidated';
import { reportKeys } from '../api/keys';
import {
  consolidatedDirty,
  consolidatedDraftOf,
  consolidatedUpdateOf,
  type ConsolidatedDraft,
} from '../lib/consolidated-draft';
import { issueText } from '../lib/issues';
import { AggregatedIndicators } from './aggregated-indicators';
import { ConsolidatedSections } from './consolidated-sections';
import { DocumentButtons } from './document-buttons';
import { ConsolidatedStatusTag } from './report-tags';
import { ReviewActions } from './review-actions';

type ConsolidatedEditorProps = {
  report: ConsolidatedDto;
  /** The unit's reviewer (its own report): edit, save, send upward. */
  canEdit: boolean;
  /** The receiving unit's reviewer: accept or return. */
  canReceive: boolean;
};

/**
 * Báo cáo tổng hợp: the header, each section's paragraphs (editable, with their source), the
 * indicator table, signature and recipients; saved with the revision it was loaded at.
 * Mount with `key={report.id + report.revision}` so a saved or regenerated report starts fresh.
 */
export function ConsolidatedEditor({ report, canEdit, canReceive }: ConsolidatedEditorProps) {
  const [draft, setDraft] = useState<ConsolidatedDraft>(() => consolidatedDraftOf(report));
  const [stale, setStale] = useState(false);
  const update = useUpdateConsolidated(report.id);
  const submit = useSubmitConsolidated(report.id);
  const review = useReviewConsolidated(report.id);
  const queryClient = useQueryClient();
  const { modal, message } = App.useApp();
  // The server says what this user may do; the props say what this screen offers.
  const editable = canEdit && report.canEdit;
  const dirty = editable && consolidatedDirty(draft, report);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const set = (patch: Partial<ConsolidatedDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const save = async (): Promise<boolean> => {
    try {
      await update.mutateAsync(consolidatedUpdateOf(draft, report));
      void message.success(t('reports.cons.saved'));
      return true;
    } catch (error) {
      if (isApiError(error) && error.code === 'REPORT_STALE') setStale(true);
      else void message.error({ content: issueText(error, errorMessage(error)), duration: 8 });
      return false;
    }
  };

  const reload = () => {
    void queryClient.invalidateQueries({ queryKey: reportKeys.consolidated(report.id) });
    void queryClient.invalidateQueries({ queryKey: reportKeys.periodConsolidated(report.periodId) });
  };

  const sendUp = () =>
    modal.confirm({
      title: t('reports.cons.submitTitle'),
      content: dirty ? t('reports.cons.submitConfirmDirty') : t('reports.cons.submitConfirm'),
      okText: t('reports.cons.submit'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        if (dirty && !(await save())) return;
        try {
          const sent = await submit.mutateAsync();
          void message.success(
            t('reports.cons.submitted', { unit: sent.recipientUnitName ?? t('reports.cons.parentUnit') }),
          );
        } catch (error) {
          void message.error({ content: errorMessage(error), duration: 8 });
        }
      },
    });

  const onReview = (input: ReviewInput) => review.mutateAsync(input);

  return (
    <div className="cons-editor" data-testid="consolidated-editor">
      <div className="tab-toolbar">
        <span className="tag-row">
          <ConsolidatedStatusTag status={report.status} />
          <span className="muted small-text">
            {t('reports.cons.generatedAt', { time: formatDateTime(report.generatedAt) })}
          </span>
        </span>
        <div className="page-actions">
          <DocumentButtons
            files={[
              { kind: 'docx', path: consolidatedDocxPath(report.id), fileName: 'bao-cao-tong-hop.docx' },
              { kind: 'xlsx', path: consolidatedXlsxPath(report.id), fileName: 'phu-luc-chi-tieu.xlsx' },
              { kind: 'pdf', path: consolidatedPdfPath(report.id), fileName: 'bao-cao-tong-hop.pdf' },
            ]}
          />
        </div>
      </div>
      {report.submittedAt ? (
        <Alert
          type="info"
          showIcon
          className="form-alert"
          title={t('reports.cons.sentTo', {
            unit: report.recipientUnitName ?? t('reports.cons.parentUnit'),
            time: formatDateTime(report.submittedAt),
          })}
        />
      ) : null}
      {report.status === 'returned' && report.reviewComment ? (
        <Alert
          type="error"
          showIcon
          className="form-alert"
          title={t('reports.cons.returnedBanner')}
          description={<span className="pre-wrap">{report.reviewComment}</span>}
          data-testid="cons-review-comment"
        />
      ) : null}
      {stale ? (
        <Alert
          type="error"
          showIcon
          className="form-alert"
          title={t('reports.stale.title')}
          description={t('reports.cons.staleBody')}
          action={
            <Button icon={<ReloadOutlined />} onClick={reload}>
              {t('reports.stale.reload')}
            </Button>
          }
        />
      ) : null}
      {report.missing.length ? (
        <Alert
          type="warning"
          showIcon
          className="form-alert"
          title={t('reports.cons.missing', { count: report.missing.length })}
          description={report.missing.join(', ')}
        />
      ) : null}
      <HeaderFields report={report} draft={draft} editable={editable} set={set} />
      <Card size="small" className="report-card" title={t('reports.cons.content')}>
        <ConsolidatedSections
          sections={report.sections}
          texts={draft.paragraphs}
          onChange={
            editable ? (id, value) => set({ paragraphs: { ...draft.paragraphs, [id]: value } }) : undefined
          }
        />
      </Card>
      <Card size="small" className="report-card" title={t('reports.section.indicators')}>
        <AggregatedIndicators indicators={report.indicators} />
      </Card>
      <SigningFields draft={draft} editable={editable} set={set} />
      {editable || (canReceive && report.canReview) ? (
        <div className="sticky-actions">
          {editable ? (
            <>
              {dirty ? <span className="muted small-text">{t('reports.cons.unsaved')}</span> : null}
              <Button
                icon={<SaveOutlined />}
                disabled={!dirty || stale}
                loading={update.isPending}
                onClick={() => void save()}
                data-testid="cons-save"
              >
                {t('common.save')}
              </Button>
              <Button
                type="primary"
                icon={<SendOutlined />}
                disabled={stale}
                loading={submit.isPending}
                onClick={sendUp}
                data-testid="cons-submit"
              >
                {t('reports.cons.submit')}
              </Button>
            </>
          ) : null}
          {canReceive && report.canReview ? (
            <ReviewActions
              onReview={onReview}
              pending={review.isPending}
              subject={t('reports.review.subjectUnit', { unit: report.unitName })}
            />
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

const field = (label: string, node: React.ReactNode, wide = false) => (
  <label className={`cons-field${wide ? ' is-wide' : ''}`}>
    <span className="field-label">{label}</span>
    {node}
  </label>
);
const text = (value: string | null) => value || <span className="muted">—</span>;

type FieldsProps = {
  draft: ConsolidatedDraft;
  editable: boolean;
  set: (patch: Partial<ConsolidatedDraft>) => void;
};

/** Number, place, date and subject of the report (NĐ 30 header). */
function HeaderFields({ report, draft, editable, set }: FieldsProps & { report: ConsolidatedDto }) {
  return (
    <Card size="small" className="report-card" title={t('reports.cons.header')}>
      <p className="muted small-text">{[report.parentBody, report.issuer].filter(Boolean).join(' — ')}</p>
      <div className="cons-fields">
        {field(
          t('reports.cons.number'),
          editable ? (
            <Input value={draft.number} maxLength={60} onChange={(e) => set({ number: e.target.value })} />
          ) : (
            text(draft.number)
          ),
        )}
        {field(
          t('reports.cons.place'),
          editable ? (
            <Input value={draft.place} maxLength={120} onChange={(e) => set({ place: e.target.value })} />
          ) : (
            text(draft.place)
          ),
        )}
        {field(
          t('reports.cons.date'),
          editable ? (
            <DatePicker
              format={DATE_FORMAT}
              value={toDayjs(draft.reportDate)}
              onChange={(day) => set({ reportDate: fromDayjs(day) ?? null })}
              placeholder={t('reports.datePlaceholder')}
              style={{ width: '100%' }}
            />
          ) : (
            text(formatDate(draft.reportDate))
          ),
        )}
        {field(
          t('reports.cons.subject'),
          editable ? (
            <Input.TextArea
              value={draft.subject}
              maxLength={500}
              autoSize
              onChange={(e) => set({ subject: e.target.value })}
            />
          ) : (
            text(draft.subject)
          ),
          true,
        )}
      </div>
    </Card>
  );
}

/** Who signs, and the recipients ("Nơi nhận"). */
function SigningFields({ draft, editable, set }: FieldsProps) {
  return (
    <Card size="small" className="report-card" title={t('reports.cons.signing')}>
      <div className="cons-fields">
        {field(
          t('reports.cons.authority'),
          editable ? (
            <Input
              value={draft.signature.authority}
              maxLength={20}
              placeholder="TM. / KT."
              onChange={(e) => set({ signature: { ...draft.signature, authority: e.target.value } })}
            />
          ) : (
            text(draft.signature.authority)
          ),
        )}
        {field(
          t('reports.cons.signerTitle'),
          editable ? (
            <Input
              value={draft.signature.title}
              maxLength={120}
              onChange={(e) => set({ signature: { ...draft.signature, title: e.target.value } })}
            />
          ) : (
            text(draft.signature.title)
          ),
        )}
        {field(
          t('reports.cons.signerName'),
          editable ? (
            <Input
              value={draft.signature.name}
              maxLength={120}
              onChange={(e) => set({ signature: { ...draft.signature, name: e.target.value } })}
            />
          ) : (
            text(draft.signature.name)
          ),
        )}
        {field(
          t('reports.cons.recipients'),
          editable ? (
            <Input.TextArea
              value={draft.recipients}
              autoSize={{ minRows: 3, maxRows: 10 }}
              placeholder={t('reports.cons.recipientsHint')}
              onChange={(e) => set({ recipients: e.target.value })}
            />
          ) : (
            <span className="pre-wrap">{draft.recipients || '—'}</span>
          ),
          true,
        )}
      </div>
    </Card>
  );
}
