import type { CompletenessCounts } from '@vte/contracts';
import { Progress } from 'antd';
import { formatNumber } from '../../../lib/format';
import { t, type MessageKey } from '../../../lib/i18n';
import { percent } from '../lib/rates';

const CARDS: {
  key: keyof Omit<CompletenessCounts, 'rate' | 'onTimeRate'>;
  label: MessageKey;
  tone?: string;
}[] = [
  { key: 'expected', label: 'reports.count.expected' },
  { key: 'submitted', label: 'reports.count.submitted', tone: 'tone-info' },
  { key: 'onTime', label: 'reports.count.onTime', tone: 'tone-good' },
  { key: 'late', label: 'reports.count.late', tone: 'tone-warn' },
  { key: 'missing', label: 'reports.count.missing', tone: 'tone-bad' },
  { key: 'accepted', label: 'reports.count.accepted', tone: 'tone-good' },
  { key: 'returned', label: 'reports.count.returned', tone: 'tone-warn' },
];

type CompletenessSummaryProps = {
  counts: CompletenessCounts;
  /** "cơ quan" or "đơn vị": what is counted. */
  noun?: 'agencies' | 'units';
};

/** Tỷ lệ báo cáo: two rings (submitted, on time) and the counts behind them. */
export function CompletenessSummary({ counts, noun = 'agencies' }: CompletenessSummaryProps) {
  const rate = percent(counts.rate);
  const onTimeRate = percent(counts.onTimeRate);
  return (
    <div className="completeness-summary" data-testid="completeness-summary">
      <div className="rings">
        <div className="ring">
          <Progress
            type="dashboard"
            percent={rate}
            size={108}
            aria-label={t('reports.rate.submitted', { rate })}
          />
          <span>{t('reports.rate.submittedLabel')}</span>
        </div>
        <div className="ring">
          <Progress
            type="dashboard"
            percent={onTimeRate}
            size={108}
            strokeColor="#389e0d"
            aria-label={t('reports.rate.onTime', { rate: onTimeRate })}
          />
          <span>{t('reports.rate.onTimeLabel')}</span>
        </div>
      </div>
      <dl className="count-cards">
        {CARDS.map((card) => (
          <div key={card.key} className={`count-card ${card.tone ?? ''}`} data-testid={`count-${card.key}`}>
            <dd>{formatNumber(counts[card.key])}</dd>
            <dt>{t(card.label)}</dt>
          </div>
        ))}
      </dl>
      <p className="muted small-text">
        {noun === 'units' ? t('reports.rate.noteUnits') : t('reports.rate.noteAgencies')}
      </p>
    </div>
  );
}
