import { Select } from 'antd';
import { useState } from 'react';
import { useDebouncedValue } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import type { IdPickerProps } from '../../../lib/types';
import { useUser, useUsers } from '../api/users';

/** Finds a user by name or username on the server (for filters such as the audit log's "who"). */
export function UserPicker({
  value,
  onChange,
  placeholder,
  allowClear = true,
  valueLabel,
  ...rest
}: IdPickerProps) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 350);
  const users = useUsers({ q: q || undefined, page: 1, pageSize: 20 });
  const items = users.data?.items ?? [];
  const current = useUser(value && !items.some((user) => user.id === value) ? value : null);

  const options = items.map((user) => ({ value: user.id, label: `${user.fullName} (${user.username})` }));
  if (value && !options.some((option) => option.value === value)) {
    const label = current.data
      ? `${current.data.fullName} (${current.data.username})`
      : (valueLabel ?? value);
    options.unshift({ value, label });
  }

  return (
    <Select
      {...rest}
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next ?? null)}
      options={options}
      allowClear={allowClear}
      placeholder={placeholder ?? t('users.picker.placeholder')}
      loading={users.isFetching}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      notFoundContent={users.isFetching ? t('common.loading') : t('common.noMatch')}
      popupMatchSelectWidth={false}
      style={{ width: '100%', minWidth: 200 }}
    />
  );
}
