import { Input, Select } from 'antd';
import type { ReactNode } from 'react';
import { t } from '../../../lib/i18n';
import type { IdPicker } from '../../../lib/types';
import { childAgeBandLabels, childAgeBands, type ChildAgeBand, type ChildIdProblem } from '@vte/contracts';
import type { CodeLists, RegisterFilters } from '../api/register';

type FiltersProps = {
  value: RegisterFilters;
  onChange: (patch: Partial<RegisterFilters>) => void;
  codes: CodeLists | undefined;
  UnitPicker: IdPicker;
  /** List-only roles (masked names) may filter by unit, age band and sex only. */
  full: boolean;
};

const options = (codes: CodeLists | undefined, list: string) =>
  (codes?.get(list) ?? []).map((item) => ({ value: item.code, label: item.label }));

function FilterSelect(props: {
  id: string;
  label: string;
  value: string | undefined;
  options: { value: string; label: ReactNode }[];
  onChange: (value: string | undefined) => void;
}) {
  return (
    <Select
      value={props.value}
      onChange={(value: string | undefined) => props.onChange(value)}
      options={props.options}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={props.label}
      aria-label={props.label}
      className="filter-select"
      popupMatchSelectWidth={false}
      data-testid={`children-filter-${props.id}`}
    />
  );
}

/** The register's filters: unit, thôn, group, risk, age band, sex, ethnicity, ID state. */
/** ID state: a problem ("no ID", "bad ID") or a verification step, one select for both filters. */
function idStateValue(value: RegisterFilters): string | undefined {
  if (value.idProblem) return `problem:${value.idProblem}`;
  return value.idVerification ? `step:${value.idVerification}` : undefined;
}
function idStatePatch(choice: string | undefined): Partial<RegisterFilters> {
  const [kind, code] = (choice ?? ':').split(':');
  return {
    idProblem: kind === 'problem' ? (code as ChildIdProblem) : undefined,
    idVerification: kind === 'step' ? code : undefined,
  };
}

export function RegisterFiltersBar({ value, onChange, codes, UnitPicker, full }: FiltersProps) {
  return (
    <>
      <div className="filter-select-wide">
        <UnitPicker
          value={value.unitId ?? null}
          onChange={(unitId) => onChange({ unitId: unitId ?? undefined })}
          allowClear
          placeholder={t('children.filter.unit')}
          aria-label={t('children.filter.unit')}
          data-testid="children-filter-unit"
        />
      </div>
      <FilterSelect
        id="age"
        label={t('children.filter.ageBand')}
        value={value.ageBand}
        options={childAgeBands.map((band) => ({ value: band, label: childAgeBandLabels[band] }))}
        onChange={(ageBand) => onChange({ ageBand: ageBand as ChildAgeBand | undefined })}
      />
      <FilterSelect
        id="sex"
        label={t('children.filter.sex')}
        value={value.sex}
        options={[
          { value: 'M', label: t('children.sex.M') },
          { value: 'F', label: t('children.sex.F') },
        ]}
        onChange={(sex) => onChange({ sex: sex as 'M' | 'F' | undefined })}
      />
      {full ? <FullFilters value={value} onChange={onChange} codes={codes} /> : null}
    </>
  );
}

/** Filters that reveal personal facts (thôn, group, risk, ethnicity, ID): children.read only. */
function FullFilters({ value, onChange, codes }: Omit<FiltersProps, 'UnitPicker' | 'full'>) {
  return (
    <>
      <Input
        value={value.hamlet ?? ''}
        onChange={(event) => onChange({ hamlet: event.target.value || undefined })}
        placeholder={t('children.filter.hamlet')}
        aria-label={t('children.filter.hamlet')}
        allowClear
        className="filter-select"
        data-testid="children-filter-hamlet"
      />
      <FilterSelect
        id="group"
        label={t('children.filter.group')}
        value={value.group}
        options={[
          { value: '*', label: t('children.filter.anyGroup') },
          ...options(codes, 'circumstance_group'),
        ]}
        onChange={(group) => onChange({ group })}
      />
      <FilterSelect
        id="risk"
        label={t('children.filter.risk')}
        value={value.risk}
        options={[{ value: '*', label: t('children.filter.anyRisk') }, ...options(codes, 'risk')]}
        onChange={(risk) => onChange({ risk })}
      />
      <FilterSelect
        id="ethnicity"
        label={t('children.filter.ethnicity')}
        value={value.ethnicity}
        options={options(codes, 'ethnicity')}
        onChange={(ethnicity) => onChange({ ethnicity })}
      />
      <FilterSelect
        id="id-state"
        label={t('children.filter.idState')}
        value={idStateValue(value)}
        options={[
          { value: 'problem:missing', label: t('children.idState.none') },
          { value: 'problem:invalid', label: t('children.idState.bad') },
          ...options(codes, 'id_verification').map((o) => ({ ...o, value: `step:${o.value}` })),
        ]}
        onChange={(choice) => onChange(idStatePatch(choice))}
      />
    </>
  );
}
