import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useDebouncedValue } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import { matchesSearch } from '../../../lib/text';
import { useRegisterAgencies, useRegisterGroups, type RegisterOption } from '../api/import';

type RegisterSearchProps = {
  unitId: string;
  /** The plan's date: agencies valid then. */
  at: string;
  value?: RegisterOption | null;
  onChange: (option: RegisterOption | null) => void;
  id?: string;
  autoFocus?: boolean;
  placeholder?: string;
  'data-testid'?: string;
};

const keyOf = (option: Pick<RegisterOption, 'kind' | 'id'>) => `${option.kind}:${option.id}`;

/** Searches the register: agencies on the server, groups of the unit in the browser. */
export function RegisterSearch({
  unitId,
  at,
  value,
  onChange,
  id,
  autoFocus,
  placeholder,
  ...rest
}: RegisterSearchProps) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const agencies = useRegisterAgencies(unitId, at, q);
  const groups = useRegisterGroups(unitId);

  const found = useMemo(() => {
    const list: RegisterOption[] = [
      ...(agencies.data ?? []).map((a) => ({
        kind: 'agency' as const,
        id: a.id,
        name: a.name,
        detail: a.shortName ? `${a.shortName} · ${a.unitName}` : a.unitName,
      })),
      ...(groups.data ?? [])
        .filter((g) => !q || matchesSearch(g.name, q) || g.aliases.some((alias) => matchesSearch(alias, q)))
        .map((g) => ({
          kind: 'group' as const,
          id: g.id,
          name: g.name,
          detail: t('plans.review.groupMembers', { count: g.members.length }),
        })),
    ];
    if (value && !list.some((o) => keyOf(o) === keyOf(value))) list.unshift(value);
    return list;
  }, [agencies.data, groups.data, q, value]);

  const option = (o: RegisterOption) => ({
    value: keyOf(o),
    label: o.name,
    detail: o.detail,
  });
  const options = [
    {
      label: t('plans.review.optAgencies'),
      options: found.filter((o) => o.kind === 'agency').map(option),
    },
    { label: t('plans.review.optGroups'), options: found.filter((o) => o.kind === 'group').map(option) },
  ].filter((group) => group.options.length > 0);

  return (
    <Select
      id={id}
      autoFocus={autoFocus}
      value={value ? keyOf(value) : undefined}
      onChange={(key: string | undefined) => onChange(found.find((o) => keyOf(o) === key) ?? null)}
      options={options}
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      placeholder={placeholder ?? t('plans.review.searchRegister')}
      loading={agencies.isFetching || groups.isFetching}
      notFoundContent={agencies.isFetching ? t('common.loading') : t('common.noMatch')}
      optionRender={(o) => (
        <div className="cell-stack">
          <span>{o.label}</span>
          {(o.data as { detail?: string | null }).detail ? (
            <small className="muted">{(o.data as { detail?: string | null }).detail}</small>
          ) : null}
        </div>
      )}
      style={{ width: '100%' }}
      data-testid={rest['data-testid']}
    />
  );
}
