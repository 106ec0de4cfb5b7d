import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { todayIso } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { matchesSearch } from '../../../lib/text';
import type { IdPickerProps } from '../../../lib/types';
import { useUnits } from '../api/units';
import { buildUnitTree, toTreeSelectData, type UnitTreeSelectNode } from './unit-tree-data';

const NATIONAL = '__national__';

type UnitPickerProps = IdPickerProps & {
  /** Offer the units valid on this date (default today). */
  at?: string;
  /** Leave one unit out (a unit cannot be its own parent). */
  excludeId?: string;
};

/** Chooses an administrative unit from the tree of units valid on a date; accent-insensitive search. */
export function UnitPicker({
  value,
  onChange,
  placeholder,
  allowClear,
  allowNational,
  valueLabel,
  at,
  excludeId,
  ...rest
}: UnitPickerProps) {
  const units = useUnits({ at: at ?? todayIso() });

  const treeData = useMemo(() => {
    const list = (units.data ?? []).filter((unit) => unit.id !== excludeId);
    const data: UnitTreeSelectNode[] = toTreeSelectData(buildUnitTree(list));
    if (value && !list.some((unit) => unit.id === value)) {
      data.unshift({
        value,
        title: valueLabel ?? (units.isPending ? t('common.loading') : t('org.unit.notValidAtDate')),
      });
    }
    if (allowNational) data.unshift({ value: NATIONAL, title: t('common.national') });
    return data;
  }, [units.data, units.isPending, excludeId, value, valueLabel, allowNational]);

  const shown = value === null && allowNational ? NATIONAL : (value ?? undefined);
  const rootKeys = useMemo(() => treeData.map((node) => node.value), [treeData]);

  return (
    <TreeSelect
      {...rest}
      value={shown}
      onChange={(next: string | undefined) =>
        onChange?.(next === NATIONAL || next === undefined ? null : next)
      }
      treeData={treeData}
      treeDefaultExpandedKeys={rootKeys}
      allowClear={allowClear}
      loading={units.isFetching}
      placeholder={placeholder ?? t('org.unit.pickerPlaceholder')}
      showSearch={{ filterTreeNode: (input, node) => matchesSearch(String(node.title ?? ''), input) }}
      notFoundContent={units.isPending ? t('common.loading') : t('common.noMatch')}
      style={{ width: '100%' }}
    />
  );
}
