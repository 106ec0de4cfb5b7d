import { setTargetsInput, type IndicatorDto } from '@vte/contracts';
import { Alert, App, Button, InputNumber, Space } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { QueryError } from '../../../components/query-error';
import { useApiErrorHandler } from '../../../lib/errors';
import { t } from '../../../lib/i18n';
import { useIndicators } from '../api/indicators';
import { useSetTargets, useTargets } from '../api/setup';
import { IndicatorRows } from './indicator-rows';
import { UnitChoice } from './unit-choice';

type TargetsPanelProps = {
  unitId: string | undefined;
  onUnitChange: (unitId: string) => void;
  canAssign: boolean;
};

/** The year's target of each indicator in one locality; empty means no target. */
export function TargetsPanel({ unitId, onUnitChange, canAssign }: TargetsPanelProps) {
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const indicators = useIndicators();
  const targets = useTargets(unitId, year);
  const save = useSetTargets();
  const [draft, setDraft] = useState<Map<string, number | null> | null>(null);
  const stored = useMemo(
    () => new Map((targets.data ?? []).map((x) => [x.indicatorId, x.value as number | null])),
    [targets.data],
  );
  useEffect(() => setDraft(null), [unitId, year, targets.data]);
  const current = draft ?? stored;

  const control = (i: IndicatorDto) => (
    <InputNumber
      min={0}
      max={100_000_000}
      disabled={!canAssign}
      suffix={i.unit}
      aria-label={`${t('indicators.target.value')} ${i.code}`}
      value={current.get(i.id) ?? null}
      onChange={(v) => setDraft(new Map(current).set(i.id, typeof v === 'number' ? v : null))}
      style={{ width: '100%' }}
    />
  );

  const submit = () => {
    if (!unitId) return;
    const body = {
      unitId,
      year,
      targets: [...current].flatMap(([indicatorId, value]) =>
        value === null ? [] : [{ indicatorId, value }],
      ),
    };
    const parsed = setTargetsInput.safeParse(body);
    if (!parsed.success) {
      void message.error(parsed.error.issues.map((i) => i.message).join('; '));
      return;
    }
    save.mutate(parsed.data, {
      onSuccess: () => void message.success(t('indicators.target.saved', { year })),
      onError: (e) => onError(e),
    });
  };

  const failed = indicators.error ?? targets.error;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <UnitChoice value={unitId} onChange={onUnitChange} />
        <InputNumber
          min={2000}
          max={2100}
          precision={0}
          value={year}
          onChange={(v) => typeof v === 'number' && setYear(v)}
          prefix={`${t('indicators.year')}:`}
          aria-label={t('indicators.year')}
          style={{ width: 150 }}
        />
      </Space>
      <Alert type="info" showIcon title={t('indicators.target.help')} />
      {failed ? (
        <QueryError error={failed} onRetry={() => void targets.refetch()} />
      ) : unitId ? (
        <>
          <IndicatorRows
            items={indicators.data ?? []}
            loading={indicators.isPending || targets.isPending}
            control={control}
          />
          {canAssign ? (
            <Button
              type="primary"
              onClick={submit}
              loading={save.isPending}
              disabled={!draft}
              data-testid="targets-save"
            >
              {t('common.save')}
            </Button>
          ) : null}
        </>
      ) : null}
    </Space>
  );
}
