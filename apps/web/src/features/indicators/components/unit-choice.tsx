import type { UnitDto } from '@vte/contracts';
import { Select } from 'antd';
import { formatValidity } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { compareVietnamese } from '../../../lib/text';
import { useUnitChoices } from '../api/setup';

type UnitChoiceProps = { value: string | undefined; onChange: (unitId: string) => void };

/** A locality in the user's reach, the old ones too (a district before it became a special zone). */
export function UnitChoice({ value, onChange }: UnitChoiceProps) {
  const units = useUnitChoices();
  const options = [...(units.data ?? [])]
    .sort((a, b) => compareVietnamese(a.fullName, b.fullName))
    .map((u) => ({ value: u.id, label: `${u.fullName} (${formatValidity(u.validFrom, u.validTo)})` }));
  return (
    <Select
      showSearch
      optionFilterProp="label"
      value={value}
      onChange={onChange}
      options={options}
      loading={units.isPending}
      placeholder={t('indicators.unitPlaceholder')}
      aria-label={t('indicators.unit')}
      style={{ width: '100%', maxWidth: 420 }}
      data-testid="indicator-unit"
    />
  );
}

/** Units above `unitId` (their agencies never report the unit's indicators). */
export function ancestorIds(units: UnitDto[], unitId: string | undefined): Set<string> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const out = new Set<string>();
  let parent = unitId ? byId.get(unitId)?.parentId : null;
  while (parent && !out.has(parent)) {
    out.add(parent);
    parent = byId.get(parent)?.parentId ?? null;
  }
  return out;
}
