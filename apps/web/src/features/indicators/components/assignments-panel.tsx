import type { IndicatorDto } from '@vte/contracts';
import { Alert, App, Button, Select, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { QueryError } from '../../../components/query-error';
import { useApiErrorHandler } from '../../../lib/errors';
import { t } from '../../../lib/i18n';
import { compareVietnamese } from '../../../lib/text';
import { useIndicators } from '../api/indicators';
import { useAgencyChoices, useAssignments, useSetAssignments, useUnitChoices } from '../api/setup';
import { IndicatorRows } from './indicator-rows';
import { ancestorIds, UnitChoice } from './unit-choice';

type AssignmentsPanelProps = {
  unitId: string | undefined;
  onUnitChange: (unitId: string) => void;
  canAssign: boolean;
};

/** Which agency reports each entered indicator in one locality; saved as a whole. */
export function AssignmentsPanel({ unitId, onUnitChange, canAssign }: AssignmentsPanelProps) {
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const indicators = useIndicators();
  const assignments = useAssignments(unitId);
  const units = useUnitChoices();
  const agencies = useAgencyChoices();
  const save = useSetAssignments();
  const [draft, setDraft] = useState<Map<string, string[]> | null>(null);

  const stored = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const a of assignments.data ?? [])
      map.set(a.indicatorId, [...(map.get(a.indicatorId) ?? []), a.agencyId]);
    return map;
  }, [assignments.data]);
  useEffect(() => setDraft(null), [unitId, assignments.data]);
  const current = draft ?? stored;

  const agencyOptions = useMemo(() => {
    const above = ancestorIds(units.data ?? [], unitId);
    const names = new Map((assignments.data ?? []).map((a) => [a.agencyId, a.agencyName]));
    const list = (agencies.data ?? [])
      .filter((a) => !above.has(a.unitId))
      .map((a) => ({ value: a.id, label: a.name }));
    for (const [id, name] of names)
      if (!list.some((o) => o.value === id)) list.push({ value: id, label: name });
    return list.sort((a, b) => compareVietnamese(a.label, b.label));
  }, [agencies.data, units.data, unitId, assignments.data]);

  const rows = (indicators.data ?? []).filter((i) => i.aggregation !== 'ratio');
  const unassigned = rows.filter((i) => !(current.get(i.id) ?? []).length).length;

  const control = (i: IndicatorDto) => (
    <Select
      mode="multiple"
      allowClear
      showSearch
      optionFilterProp="label"
      style={{ width: '100%' }}
      disabled={!canAssign}
      placeholder={t('indicators.assign.placeholder')}
      aria-label={`${t('indicators.assign.agency')} ${i.code}`}
      options={agencyOptions}
      value={current.get(i.id) ?? []}
      onChange={(ids: string[]) => setDraft(new Map(current).set(i.id, ids))}
    />
  );

  const submit = () => {
    if (!unitId) return;
    const list = [...current].flatMap(([indicatorId, ids]) =>
      ids.map((agencyId) => ({ indicatorId, agencyId })),
    );
    save.mutate(
      { unitId, assignments: list },
      { onSuccess: () => void message.success(t('indicators.assign.saved')), onError: (e) => onError(e) },
    );
  };

  const failed = indicators.error ?? assignments.error;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <UnitChoice value={unitId} onChange={onUnitChange} />
      <Alert type="info" showIcon title={t('indicators.assign.help')} />
      {canAssign ? null : <Typography.Text type="secondary">{t('indicators.readOnly')}</Typography.Text>}
      {failed ? (
        <QueryError error={failed} onRetry={() => void assignments.refetch()} />
      ) : unitId ? (
        <>
          <Typography.Text type="secondary">
            {t('indicators.assign.unassigned', { count: unassigned })}
          </Typography.Text>
          <IndicatorRows
            items={rows}
            loading={indicators.isPending || assignments.isPending}
            control={control}
          />
          {canAssign ? (
            <Button
              type="primary"
              onClick={submit}
              loading={save.isPending}
              disabled={!draft}
              data-testid="assignments-save"
            >
              {t('common.save')}
            </Button>
          ) : null}
        </>
      ) : null}
    </Space>
  );
}
