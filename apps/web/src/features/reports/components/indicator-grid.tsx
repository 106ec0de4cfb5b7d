import type { IndicatorEntryDto } from '@vte/contracts';
import { Input, InputNumber, Tooltip } from 'antd';
import { formatNumber } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import {
  isEntered,
  rowNeedsComment,
  wholeNumber,
  type IndicatorRowState,
  type IndicatorState,
} from '../lib/indicator-grid';

type IndicatorGridProps = {
  entries: IndicatorEntryDto[];
  state: IndicatorState;
  onChange?: (indicatorId: string, row: IndicatorRowState) => void;
  /** Server messages by indicator id. */
  issues: Record<string, string[]>;
  /** Indicators whose empty cells still need a comment (shown after a submit attempt). */
  missing: ReadonlySet<string>;
};

const groupsOf = (entries: IndicatorEntryDto[]) => {
  const groups = new Map<string, IndicatorEntryDto[]>();
  for (const entry of entries)
    groups.set(entry.indicator.group, [...(groups.get(entry.indicator.group) ?? []), entry]);
  return [...groups];
};

/**
 * Chỉ tiêu thống kê: one block per indicator, a box per cell (the total and each disaggregation
 * option), whole numbers only; a row with an empty cell needs a comment saying why.
 */
export function IndicatorGrid({ entries, state, onChange, issues, missing }: IndicatorGridProps) {
  if (entries.length === 0) return <p className="muted">{t('reports.indicators.none')}</p>;
  return (
    <div className="indicator-grid" data-testid="indicator-grid">
      {groupsOf(entries).map(([group, list]) => (
        <div key={group} className="indicator-group">
          <h4 className="indicator-group-title">{group}</h4>
          {list.map((entry) => {
            const { indicator } = entry;
            const row = state[indicator.id] ?? { values: {}, comment: '' };
            const needs = isEntered(entry) && rowNeedsComment(row, entry);
            const problems = issues[indicator.id] ?? [];
            const commentMissing = missing.has(indicator.id) && !row.comment.trim();
            const setValue = (disagg: string, value: unknown) =>
              onChange?.(indicator.id, { ...row, values: { ...row.values, [disagg]: wholeNumber(value) } });
            return (
              <div
                key={indicator.id}
                className={`indicator-entry${problems.length || commentMissing ? ' has-issue' : ''}`}
                data-testid={`indicator-${indicator.code}`}
              >
                <div className="indicator-name">
                  <Tooltip title={indicator.definition ?? undefined}>
                    <span className="indicator-code">{indicator.code}</span> {indicator.name}
                  </Tooltip>{' '}
                  <span className="muted small-text">({indicator.unit})</span>
                </div>
                {!isEntered(entry) ? (
                  <p className="muted small-text">{t('reports.indicators.computed')}</p>
                ) : (
                  <div className="indicator-cells">
                    {entry.cells.map((cell) => {
                      const value = row.values[cell.disagg] ?? null;
                      const label = cell.disagg === '' ? t('reports.indicators.total') : cell.label;
                      return (
                        <label
                          key={cell.disagg}
                          className={`indicator-cell${cell.disagg === '' ? ' is-total' : ''}`}
                        >
                          <span className="indicator-cell-label">{label}</span>
                          {onChange ? (
                            <InputNumber<number>
                              value={value}
                              onChange={(next) => setValue(cell.disagg, next)}
                              min={indicator.min ?? 0}
                              max={indicator.max ?? 100_000_000}
                              precision={0}
                              step={1}
                              inputMode="numeric"
                              status={
                                value === null && cell.disagg === '' && commentMissing ? 'error' : undefined
                              }
                              aria-label={`${indicator.code} ${indicator.name} — ${label}`}
                            />
                          ) : (
                            <strong>{value === null ? '—' : formatNumber(value)}</strong>
                          )}
                        </label>
                      );
                    })}
                  </div>
                )}
                {isEntered(entry) && (onChange ? needs || row.comment : row.comment) ? (
                  onChange ? (
                    <Input
                      value={row.comment}
                      onChange={(event) => onChange(indicator.id, { ...row, comment: event.target.value })}
                      maxLength={1000}
                      status={commentMissing ? 'error' : undefined}
                      placeholder={
                        needs ? t('reports.indicators.commentRequired') : t('reports.indicators.comment')
                      }
                      aria-label={t('reports.indicators.commentAria', { code: indicator.code })}
                      className="indicator-comment"
                    />
                  ) : (
                    <p className="small-text muted">
                      {t('reports.indicators.commentShown', { comment: row.comment })}
                    </p>
                  )
                ) : null}
                {commentMissing ? (
                  <div className="text-danger small-text" role="alert">
                    {t('reports.indicators.commentMissing')}
                  </div>
                ) : null}
                {problems.map((problem) => (
                  <div key={problem} className="text-danger small-text" role="alert">
                    {problem}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
