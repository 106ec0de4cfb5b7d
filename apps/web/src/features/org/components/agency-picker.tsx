import { Select } from 'antd';
import { useState } from 'react';
import { todayIso } from '../../../lib/format';
import { useDebouncedValue } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import type { IdPickerProps } from '../../../lib/types';
import { useAgencies, useAgency } from '../api/agencies';

type AgencyPickerProps = IdPickerProps & {
  excludeId?: string;
  /** Offer the agencies valid on this date; default today, null for all of them. */
  at?: string | null;
};

/** Searches agencies on the server (`/api/org/agencies?q=`), optionally within one unit. */
export function AgencyPicker({
  value,
  onChange,
  placeholder,
  allowClear = true,
  valueLabel,
  unitId,
  excludeId,
  at,
  allowNational: _allowNational,
  ...rest
}: AgencyPickerProps) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 350);
  const agencies = useAgencies({
    q: q || undefined,
    unitId: unitId ?? undefined,
    at: at === null ? undefined : (at ?? todayIso()),
    page: 1,
    pageSize: 30,
  });
  const items = (agencies.data?.items ?? []).filter((agency) => agency.id !== excludeId);
  const missing = Boolean(value) && !items.some((agency) => agency.id === value);
  const current = useAgency(missing && !valueLabel ? value : null);

  const options = items.map((agency) => ({
    value: agency.id,
    label: agency.shortName ? `${agency.name} (${agency.shortName})` : agency.name,
    unitName: agency.unitName,
  }));
  if (value && missing) {
    options.unshift({ value, label: current.data?.name ?? valueLabel ?? t('common.loading'), unitName: '' });
  }

  return (
    <Select
      {...rest}
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next ?? null)}
      options={options}
      allowClear={allowClear}
      placeholder={placeholder ?? t('org.agency.pickerPlaceholder')}
      loading={agencies.isFetching}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      optionRender={(option) => (
        <div className="cell-stack">
          <span>{option.data.label}</span>
          {option.data.unitName ? <small className="muted">{option.data.unitName}</small> : null}
        </div>
      )}
      notFoundContent={agencies.isFetching ? t('common.loading') : t('common.noMatch')}
      style={{ width: '100%' }}
    />
  );
}
