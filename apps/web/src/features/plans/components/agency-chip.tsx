import {
  CheckCircleFilled,
  CloseOutlined,
  ExclamationCircleFilled,
  PlusCircleFilled,
  QuestionCircleFilled,
  TeamOutlined,
} from '@ant-design/icons';
import { agencyKindLabels } from '@vte/contracts';
import { memo } from 'react';
import { t } from '../../../lib/i18n';
import type { Resolution } from './import-model';

type ChipStatus = 'matched' | 'suggested' | 'create' | 'created';

export function chipStatus(resolution: Resolution | undefined): ChipStatus {
  if (!resolution || resolution.type === 'suggested') return 'suggested';
  if (resolution.type === 'create') return resolution.confirmed ? 'created' : 'create';
  return 'matched';
}

const HOW_LABELS = {
  exact: 'plans.chip.how.exact',
  alias: 'plans.chip.how.alias',
  short: 'plans.chip.how.short',
  similar: 'plans.chip.how.similar',
  picked: 'plans.chip.how.picked',
} as const;

function detail(writtenAs: string, resolution: Resolution | undefined): { main: string; note: string } {
  if (!resolution || resolution.type === 'suggested') {
    const first = resolution?.candidates[0];
    return {
      main: writtenAs,
      note: first ? t('plans.chip.suggest', { name: first.name }) : t('plans.chip.pick'),
    };
  }
  if (resolution.type === 'create') {
    return resolution.confirmed
      ? {
          main: resolution.name,
          note: t('plans.chip.willCreate', { kind: agencyKindLabels[resolution.kind] }),
        }
      : { main: writtenAs, note: t('plans.chip.notInRegister') };
  }
  const how = t(HOW_LABELS[resolution.how]);
  return {
    main: resolution.name,
    note: resolution.name === writtenAs ? how : `${how} · ${t('plans.chip.writtenAs', { text: writtenAs })}`,
  };
}

const ICONS: Record<ChipStatus, React.ReactNode> = {
  matched: <CheckCircleFilled />,
  suggested: <QuestionCircleFilled />,
  create: <ExclamationCircleFilled />,
  created: <PlusCircleFilled />,
};

type AgencyChipProps = {
  writtenAs: string;
  resolution: Resolution | undefined;
  highlighted?: boolean;
  onOpen: (writtenAs: string) => void;
  onRemove?: (writtenAs: string) => void;
  roleLabel: string;
};

/**
 * One agency phrase of the document and how it matched the register:
 * green = found, orange = a suggestion to confirm, red = not in the register (create or pick).
 */
export const AgencyChip = memo(function AgencyChip({
  writtenAs,
  resolution,
  highlighted,
  onOpen,
  onRemove,
  roleLabel,
}: AgencyChipProps) {
  const status = chipStatus(resolution);
  const { main, note } = detail(writtenAs, resolution);
  const group = resolution?.type === 'group';
  return (
    <span
      className={`agency-chip agency-chip-${status}${highlighted ? ' agency-chip-error' : ''}`}
      data-status={status}
    >
      <button
        type="button"
        className="agency-chip-main"
        onClick={() => onOpen(writtenAs)}
        title={t('plans.chip.open', { name: writtenAs })}
        data-testid="agency-chip"
      >
        <span className="agency-chip-icon" aria-hidden="true">
          {ICONS[status]}
        </span>
        <span className="agency-chip-text">
          <span className="agency-chip-name">
            {group ? <TeamOutlined aria-label={t('plans.chip.group')} /> : null} {main}
          </span>
          <span className="agency-chip-note">{note}</span>
        </span>
      </button>
      {onRemove ? (
        <button
          type="button"
          className="agency-chip-remove"
          onClick={() => onRemove(writtenAs)}
          aria-label={t('plans.chip.remove', { name: writtenAs, role: roleLabel })}
        >
          <CloseOutlined />
        </button>
      ) : null}
    </span>
  );
});
