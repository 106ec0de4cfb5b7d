import type { AggregationType, IndicatorDto } from '@vte/contracts';
import { t, type MessageKey } from '../../../lib/i18n';
import { compareVietnamese } from '../../../lib/text';

const AGGREGATION_KEYS: Record<AggregationType, MessageKey> = {
  sum: 'indicators.aggregation.sum',
  last: 'indicators.aggregation.last',
  ratio: 'indicators.aggregation.ratio',
};
export const aggregationLabel = (a: AggregationType): string => t(AGGREGATION_KEYS[a]);
export const aggregationColor: Record<AggregationType, string> = {
  sum: 'blue',
  last: 'green',
  ratio: 'purple',
};

export const dimensionSummary = (i: Pick<IndicatorDto, 'dimensions'>): string =>
  i.dimensions.length ? i.dimensions.map((d) => d.label).join(', ') : t('indicators.noDimensions');

/** The text the catalogue search looks in. */
export const searchText = (i: IndicatorDto): string =>
  [
    i.code,
    i.name,
    i.group,
    i.unit,
    aggregationLabel(i.aggregation),
    ...i.dimensions.flatMap((d) => [d.label, ...d.options.map((o) => o.label)]),
  ].join(' ');

/** Groups by name (the seeded ones carry the circular's numerals I–VI), codes in order within each. */
export function byGroup(list: IndicatorDto[]): [string, IndicatorDto[]][] {
  const groups = new Map<string, IndicatorDto[]>();
  for (const i of [...list].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))) {
    groups.set(i.group, [...(groups.get(i.group) ?? []), i]);
  }
  return [...groups].sort(([a], [b]) => compareVietnamese(a, b));
}
