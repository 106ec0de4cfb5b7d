import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input } from 'antd';
import { memo } from 'react';
import { t } from '../../../lib/i18n';
import type { Review } from './import-model';
import { ReportingEntryFields } from './reporting-entry-fields';
import { ReviewRow } from './source-text';
import { TextListEditor } from './text-list-editor';
import type { ReviewActions } from './use-review';

type Props = { review: Review; actions: ReviewActions };

/** Purpose, funding, organisation, reporting deadlines and recipients of the plan. */
export const ReviewClosing = memo(function ReviewClosing({ review, actions }: Props) {
  const { draft, sources } = review;
  const { setField } = actions;
  const reporting = draft.reporting;
  const setReport = (index: number, patch: Partial<(typeof reporting)[number]>) =>
    setField(
      'reporting',
      reporting.map((r, i) => (i === index ? { ...r, ...patch } : r)),
    );

  return (
    <>
      <Card
        title={t('plans.review.reporting')}
        size="small"
        className="review-section"
        data-testid="review-reporting"
      >
        {reporting.map((entry, index) => (
          <ReviewRow
            key={index}
            label={t('plans.review.reportN', { n: index + 1 })}
            source={review.reportingSources[index]}
            htmlFor={`rv-report-${index}`}
          >
            <div className="review-inline">
              <ReportingEntryFields
                id={`rv-report-${index}`}
                entry={entry}
                onChange={(patch) => setReport(index, patch)}
              />
              <Button
                type="text"
                icon={<DeleteOutlined />}
                onClick={() =>
                  setField(
                    'reporting',
                    reporting.filter((_r, i) => i !== index),
                  )
                }
                aria-label={t('plans.review.removeItem', {
                  item: t('plans.review.reportN', { n: index + 1 }),
                })}
              />
            </div>
          </ReviewRow>
        ))}
        {reporting.length === 0 ? <p className="muted">{t('plans.review.noReporting')}</p> : null}
        <Button
          type="dashed"
          size="small"
          icon={<PlusOutlined />}
          onClick={() => setField('reporting', [...reporting, { period: '', due: null, dueRule: 'before' }])}
        >
          {t('plans.review.addReport')}
        </Button>
      </Card>

      <Card title={t('plans.review.other')} size="small" className="review-section">
        <ReviewRow label={t('plans.field.purpose')} source={sources.purpose} htmlFor="rv-purpose">
          <Input.TextArea
            id="rv-purpose"
            value={draft.purpose ?? ''}
            onChange={(e) => setField('purpose', e.target.value || null)}
            autoSize={{ minRows: 2, maxRows: 8 }}
          />
        </ReviewRow>
        <ReviewRow label={t('plans.field.requirements')} source={sources.requirements} htmlFor="rv-req">
          <TextListEditor
            id="rv-req"
            items={draft.requirements}
            onChange={(items) => setField('requirements', items)}
            addLabel={t('plans.review.addItem')}
            itemLabel={(i) => t('plans.review.requirementN', { n: i + 1 })}
            multiline
          />
        </ReviewRow>
        <ReviewRow label={t('plans.field.funding')} source={sources.funding} htmlFor="rv-funding">
          <Input.TextArea
            id="rv-funding"
            value={draft.funding ?? ''}
            onChange={(e) => setField('funding', e.target.value || null)}
            autoSize={{ minRows: 1, maxRows: 6 }}
          />
        </ReviewRow>
        {draft.organisation.map((item, index) => (
          <ReviewRow
            key={index}
            label={t('plans.review.organisationN', { n: index + 1 })}
            source={review.organisationSources[index]}
            htmlFor={`rv-org-${index}`}
          >
            <Input
              id={`rv-org-${index}`}
              value={item.agency ?? ''}
              onChange={(e) =>
                setField(
                  'organisation',
                  draft.organisation.map((o, i) =>
                    i === index ? { ...o, agency: e.target.value || null } : o,
                  ),
                )
              }
              placeholder={t('plans.field.orgAgency')}
              aria-label={t('plans.field.orgAgency')}
            />
            <Input.TextArea
              value={item.responsibilities}
              onChange={(e) =>
                setField(
                  'organisation',
                  draft.organisation.map((o, i) =>
                    i === index ? { ...o, responsibilities: e.target.value } : o,
                  ),
                )
              }
              autoSize={{ minRows: 2, maxRows: 10 }}
              aria-label={t('plans.field.orgResponsibilities')}
              className="review-gap"
            />
          </ReviewRow>
        ))}
      </Card>

      <Card
        title={t('plans.field.recipients')}
        size="small"
        className="review-section"
        data-testid="review-recipients"
      >
        <ReviewRow label={t('plans.field.recipients')} source={sources.recipients} htmlFor="rv-recipients">
          <TextListEditor
            id="rv-recipients"
            items={draft.recipients}
            onChange={(items) => setField('recipients', items)}
            addLabel={t('plans.review.addRecipient')}
            itemLabel={(i) => t('plans.review.recipientN', { n: i + 1 })}
            maxLength={300}
          />
        </ReviewRow>
      </Card>
    </>
  );
});
