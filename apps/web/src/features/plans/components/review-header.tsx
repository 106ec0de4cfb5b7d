import { Card, DatePicker, Input, InputNumber } from 'antd';
import dayjs from 'dayjs';
import { memo } from 'react';
import { DATE_FORMAT, fromDayjs, toDayjs } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import type { Review } from './import-model';
import { ReviewRow } from './source-text';
import { TextListEditor } from './text-list-editor';
import type { ReviewActions } from './use-review';

type ReviewHeaderProps = { review: Review; actions: ReviewActions };

/** Thông tin chung: issuer, number, place and date, title, legal bases — each beside its source. */
export const ReviewHeader = memo(function ReviewHeader({ review, actions }: ReviewHeaderProps) {
  const { draft, sources } = review;
  const { setField } = actions;
  return (
    <Card
      title={t('plans.review.general')}
      size="small"
      className="review-section"
      data-testid="review-general"
    >
      <ReviewRow label={t('plans.field.issuer')} source={sources.issuer} htmlFor="rv-issuer">
        <Input
          id="rv-issuer"
          value={draft.issuerName}
          onChange={(e) => setField('issuerName', e.target.value)}
          maxLength={200}
          status={draft.issuerName.trim() ? undefined : 'error'}
        />
      </ReviewRow>
      <ReviewRow label={t('plans.field.number')} source={sources.number} htmlFor="rv-number">
        <Input
          id="rv-number"
          value={draft.number ?? ''}
          onChange={(e) => setField('number', e.target.value || null)}
          maxLength={60}
          placeholder={t('plans.field.numberHint')}
        />
      </ReviewRow>
      <ReviewRow label={t('plans.field.placeDate')} source={sources.date} htmlFor="rv-place">
        <div className="review-inline">
          <Input
            id="rv-place"
            value={draft.place ?? ''}
            onChange={(e) => setField('place', e.target.value || null)}
            maxLength={120}
            placeholder={t('plans.field.place')}
            aria-label={t('plans.field.place')}
            className="review-place"
          />
          <DatePicker
            value={toDayjs(draft.issuedDate)}
            onChange={(day) => {
              setField('issuedDate', fromDayjs(day) ?? null);
              if (day) setField('issuedMonth', null);
            }}
            format={DATE_FORMAT}
            placeholder={t('plans.field.issuedDate')}
            aria-label={t('plans.field.issuedDate')}
          />
          {draft.issuedDate ? null : (
            <DatePicker
              picker="month"
              value={draft.issuedMonth ? dayjs(`${draft.issuedMonth}-01`) : undefined}
              onChange={(month) => setField('issuedMonth', month ? month.format('YYYY-MM') : null)}
              format="MM/YYYY"
              placeholder={t('plans.field.issuedMonth')}
              aria-label={t('plans.field.issuedMonth')}
            />
          )}
          <InputNumber
            value={draft.year}
            min={2000}
            max={2100}
            onChange={(year) => year && setField('year', year)}
            prefix={t('plans.field.year')}
            aria-label={t('plans.field.year')}
            className="review-year"
            data-testid="review-year"
          />
        </div>
      </ReviewRow>
      <ReviewRow label={t('plans.field.title')} source={sources.title} htmlFor="rv-title">
        <Input.TextArea
          id="rv-title"
          value={draft.title}
          onChange={(e) => setField('title', e.target.value)}
          autoSize={{ minRows: 1, maxRows: 4 }}
          maxLength={1000}
          status={draft.title.trim() ? undefined : 'error'}
        />
      </ReviewRow>
      <ReviewRow label={t('plans.field.bases')} source={sources.bases} htmlFor="rv-bases">
        <TextListEditor
          id="rv-bases"
          items={draft.bases}
          onChange={(bases) => setField('bases', bases)}
          addLabel={t('plans.review.addBasis')}
          itemLabel={(i) => t('plans.review.basisN', { n: i + 1 })}
          multiline
          maxLength={1000}
        />
      </ReviewRow>
    </Card>
  );
});
