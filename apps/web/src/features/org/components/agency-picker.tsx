import { Select } from 'antd';
import { useState } from 'react';
import { formatDate } from '../../../lib/format';
import { useDebouncedValue } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import type { IdPickerProps } from '../../../lib/types';
import { useAgencies, useAgency } from '../api/agencies';

type AgencyPickerProps = IdPickerProps & {
  excludeId?: string;
  /**
   * Offer only the agencies valid on this date. Default: all of them, those no longer valid marked,
   * because work on a past year's plan still names its agencies (Lý Sơn's district offices, 2025).
   */
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
    at: at ?? undefined,
    page: 1,
    pageSize: 30,
  });
  const items = (agencies.data?.items ?? []).filter((agency) => agency.id !== excludeId);
  const missing = Boolean(value) && !items.some((agency) => agency.id === value);
  const current = useAgency(missing && !valueLabel ? value : null);

  const options = items.map((agency) => ({
    value: agency.id,
    label: agency.shortName ? `${agency.name} (${agency.shortName})` : agency.name,
    unitName: agency.validTo
      ? `${agency.unitName} · ${t('org.agency.validUntil', { date: formatDate(agency.validTo) })}`
      : agency.unitName,
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
