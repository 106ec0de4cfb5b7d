import type { IndicatorCellDto, IndicatorEntryDto } from '@vte/contracts';
import { Input, InputNumber, Tooltip } from 'antd';
import { formatNumber } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import {
  TOTAL,
  cellGroups,
  groupSumHint,
  isEntered,
  registerDiffers,
  rowNeedsComment,
  wholeNumber,
  type IndicatorRowState,
  type IndicatorState,
} from '../lib/indicator-grid';
import '../indicator-grid.css';

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

type IndicatorCellsProps = {
  entry: IndicatorEntryDto;
  values: Record<string, number | null>;
  /** Absent in the read-only view. */
  onValue?: (disagg: string, value: unknown) => void;
  /** The total is empty and its reason is missing: the total box is marked. */
  totalMissing: boolean;
};

/**
 * The boxes of one indicator: the total on its own, then one labelled group per dimension
 * ("Giới tính": Nam, Nữ) that wraps on a phone, with a hint when the group does not add up to the total.
 */
function IndicatorCells({ entry, values, onValue, totalMissing }: IndicatorCellsProps) {
  const { indicator } = entry;
  const { total, groups } = cellGroups(entry);
  const box = (cell: IndicatorCellDto) => {
    const value = values[cell.disagg] ?? null;
    const isTotal = cell.disagg === TOTAL;
    const label = isTotal ? t('reports.indicators.total') : cell.label;
    return (
      <label key={cell.disagg} className={`indicator-cell${isTotal ? ' is-total' : ''}`}>
        <span className="indicator-cell-label">{label}</span>
        {onValue ? (
          <InputNumber<number>
            value={value}
            onChange={(next) => onValue(cell.disagg, next)}
            min={indicator.min ?? 0}
            max={indicator.max ?? 100_000_000}
            precision={0}
            step={1}
            inputMode="numeric"
            status={value === null && isTotal && totalMissing ? 'error' : undefined}
            aria-label={`${indicator.code} ${indicator.name} — ${label}`}
          />
        ) : (
          <strong>{value === null ? '—' : formatNumber(value)}</strong>
        )}
      </label>
    );
  };
  return (
    <div className="indicator-cells">
      {total ? <div className="indicator-total">{box(total)}</div> : null}
      {groups.length > 0 ? (
        <div className="indicator-dims">
          {groups.map((group) => {
            const title = group.label ?? t('reports.indicators.otherGroup');
            const hint = groupSumHint(values, group);
            return (
              <div key={group.key ?? ''} className="indicator-dim" role="group" aria-label={title}>
                <div className="indicator-dim-title">{title}</div>
                <div className="indicator-dim-cells">{group.cells.map(box)}</div>
                {hint ? (
                  <div className={`indicator-dim-hint small-text${hint.over ? ' text-warning' : ' muted'}`}>
                    {t(hint.over ? 'reports.indicators.groupSumOver' : 'reports.indicators.groupSum', {
                      sum: formatNumber(hint.sum),
                      total: formatNumber(hint.total),
                    })}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      ) : null}
    </div>
  );
}

type RegisterNoteProps = {
  entry: IndicatorEntryDto;
  row: IndicatorRowState;
  onChange?: (indicatorId: string, row: IndicatorRowState) => void;
};

/** The register of children's figures (source and date) and, when a figure differs, the reason asked for. */
function RegisterNote({ entry, row, onChange }: RegisterNoteProps) {
  if (!entry.register) return null;
  const total = entry.register.cells[TOTAL];
  const reason = row.overrideReason ?? '';
  const differs = registerDiffers(entry, row);
  return (
    <>
      <p className="muted small-text" data-testid={`register-source-${entry.indicator.code}`}>
        {t('reports.indicators.registerSource', {
          source: entry.register.source,
          total: total === null || total === undefined ? '—' : formatNumber(total),
        })}
      </p>
      {onChange && (differs || reason) ? (
        <Input
          value={reason}
          onChange={(event) => onChange(entry.indicator.id, { ...row, overrideReason: event.target.value })}
          maxLength={1000}
          status={differs && !reason.trim() ? 'error' : undefined}
          placeholder={t('reports.indicators.overrideReason')}
          aria-label={t('reports.indicators.overrideAria', { code: entry.indicator.code })}
          className="indicator-comment"
        />
      ) : !onChange && reason ? (
        <p className="small-text muted">{t('reports.indicators.overrideShown', { reason })}</p>
      ) : null}
    </>
  );
}

/**
 * Chỉ tiêu thống kê: one block per indicator, a box per cell (the total, then each disaggregation
 * option grouped under its dimension), whole numbers only; a row without a total needs a comment saying why.
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
                <RegisterNote entry={entry} row={row} onChange={onChange} />
                {!isEntered(entry) ? (
                  <p className="muted small-text">{t('reports.indicators.computed')}</p>
                ) : (
                  <IndicatorCells
                    entry={entry}
                    values={row.values}
                    onValue={onChange ? setValue : undefined}
                    totalMissing={commentMissing}
                  />
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
