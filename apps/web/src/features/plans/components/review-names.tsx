import { Collapse, Tag } from 'antd';
import { memo } from 'react';
import { t } from '../../../lib/i18n';
import { AgencyChip } from './agency-chip';
import { nameStats, usagesOf, type Review } from './import-model';

type ReviewNamesProps = { review: Review; onOpen: (writtenAs: string) => void };

/** Every distinct agency phrase of the document in one place: resolve each once, for all its tasks. */
export const ReviewNames = memo(function ReviewNames({ review, onOpen }: ReviewNamesProps) {
  const usages = usagesOf(review.draft.tasks);
  const stats = nameStats(review);
  const names = [...usages.keys()];
  const open = stats.suggested + stats.create > 0;
  return (
    <Collapse
      className="review-section"
      defaultActiveKey={open ? ['names'] : []}
      items={[
        {
          key: 'names',
          label: (
            <span className="review-names-head">
              <strong>{t('plans.review.names', { count: names.length })}</strong>
              <span className="tag-row">
                <Tag color="green">{t('plans.review.stat.matched', { count: stats.matched })}</Tag>
                {stats.suggested ? (
                  <Tag color="orange">{t('plans.review.stat.suggested', { count: stats.suggested })}</Tag>
                ) : null}
                {stats.create ? (
                  <Tag color="red">{t('plans.review.stat.create', { count: stats.create })}</Tag>
                ) : null}
              </span>
            </span>
          ),
          children: (
            <>
              <p className="muted">{t('plans.review.namesHelp')}</p>
              <div className="chip-list" data-testid="review-names">
                {names.map((name) => (
                  <AgencyChip
                    key={name}
                    writtenAs={name}
                    resolution={review.resolutions[name]}
                    onOpen={onOpen}
                    roleLabel=""
                  />
                ))}
              </div>
            </>
          ),
        },
      ]}
    />
  );
});
