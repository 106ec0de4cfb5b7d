import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { t } from '../../../lib/i18n';
import type { SourceRef } from './import-model';

const lineLabel = (lines: [number, number]) =>
  lines[0] === lines[1]
    ? t('plans.review.line', { line: lines[0] })
    : t('plans.review.lines', { from: lines[0], to: lines[1] });

/** The words of the uploaded document a value was read from, with their line numbers. */
export function SourceText({ source }: { source: SourceRef | SourceRef[] | undefined }) {
  const refs = (Array.isArray(source) ? source : source ? [source] : []).filter((ref) => ref.text.trim());
  if (refs.length === 0) {
    return (
      <Typography.Text type="secondary" className="source-none">
        {t('plans.review.noSource')}
      </Typography.Text>
    );
  }
  return (
    <>
      {refs.map((ref, i) => (
        <figure className="source-text" key={i}>
          <figcaption>{lineLabel(ref.lines)}</figcaption>
          <blockquote>{ref.text}</blockquote>
        </figure>
      ))}
    </>
  );
}

type ReviewRowProps = {
  label: ReactNode;
  source: SourceRef | SourceRef[] | undefined;
  children: ReactNode;
  /** id of the editor, so the label is clickable and read by screen readers */
  htmlFor?: string;
  'data-testid'?: string;
};

/** One extracted field: the source text on the left, the value to check and correct on the right. */
export function ReviewRow({ label, source, children, htmlFor, ...rest }: ReviewRowProps) {
  return (
    <div className="review-row" data-testid={rest['data-testid']}>
      <div className="review-row-label">{htmlFor ? <label htmlFor={htmlFor}>{label}</label> : label}</div>
      <div className="review-row-value">{children}</div>
      <div className="review-row-source" aria-label={t('plans.review.sourceAria')}>
        <SourceText source={source} />
      </div>
    </div>
  );
}
