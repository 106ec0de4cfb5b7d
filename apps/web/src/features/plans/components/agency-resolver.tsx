import {
  agencyKindLabels,
  agencyKinds,
  assignmentRoleLabels,
  type AgencyKind,
  type MatchCandidate,
} from '@vte/contracts';
import { Alert, Input, Modal, Radio, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { usePhone } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import type { RegisterOption } from '../api/import';
import type { Resolution, Usage } from './import-model';
import { RegisterSearch } from './register-search';

const kindOptions = agencyKinds.map((kind) => ({ value: kind, label: agencyKindLabels[kind] }));
const HOW = {
  exact: 'plans.chip.how.exact',
  alias: 'plans.chip.how.alias',
  short: 'plans.chip.how.short',
  similar: 'plans.chip.how.similar',
} as const;

type Choice = { type: 'candidate'; index: number } | { type: 'other' } | { type: 'create' };

function initialChoice(resolution: Resolution | undefined, candidates: MatchCandidate[]): Choice {
  if (!resolution || resolution.type === 'suggested')
    return candidates.length ? { type: 'candidate', index: 0 } : { type: 'other' };
  if (resolution.type === 'create') return { type: 'create' };
  const index = candidates.findIndex((c) => c.id === resolution.id);
  return index >= 0 ? { type: 'candidate', index } : { type: 'other' };
}
// Candidates are "candidate:N": a prefix no other option starts with ("create" used to be read as
// candidate "reate", so choosing it checked nothing and "Áp dụng" did nothing — issue 9 item 5).
const CANDIDATE = 'candidate:';
const choiceKey = (choice: Choice) =>
  choice.type === 'candidate' ? `${CANDIDATE}${choice.index}` : choice.type;
const keyChoice = (key: string): Choice =>
  key.startsWith(CANDIDATE)
    ? { type: 'candidate', index: Number(key.slice(CANDIDATE.length)) }
    : key === 'create'
      ? { type: 'create' }
      : { type: 'other' };
const stripCac = (name: string) => name.replace(/^các\s+/i, '');

type AgencyResolverProps = {
  writtenAs: string;
  resolution: Resolution | undefined;
  candidates: MatchCandidate[];
  usages: Usage[];
  unitId: string;
  at: string;
  onApply: (resolution: Resolution) => void;
  onClose: () => void;
};

/** Decide what one written name is: a register match, another agency or group, or a new agency. */
export function AgencyResolver({
  writtenAs,
  resolution,
  candidates,
  usages,
  unitId,
  at,
  onApply,
  onClose,
}: AgencyResolverProps) {
  const phone = usePhone();
  const [choice, setChoice] = useState<Choice>(() => initialChoice(resolution, candidates));
  const [other, setOther] = useState<RegisterOption | null>(() =>
    resolution &&
    (resolution.type === 'agency' || resolution.type === 'group') &&
    !candidates.some((c) => c.id === resolution.id)
      ? { kind: resolution.type, id: resolution.id, name: resolution.name, detail: null }
      : null,
  );
  const [name, setName] = useState(resolution?.type === 'create' ? resolution.name : stripCac(writtenAs));
  const [kind, setKind] = useState<AgencyKind>(resolution?.type === 'create' ? resolution.kind : 'other');
  const [error, setError] = useState<string | null>(null);

  const apply = () => {
    if (choice.type === 'candidate') {
      const c = candidates[choice.index];
      if (c) onApply({ type: c.kind, id: c.id, name: c.name, how: c.how });
    } else if (choice.type === 'other') {
      if (!other) return setError(t('plans.resolver.pickRequired'));
      onApply({ type: other.kind, id: other.id, name: other.name, how: 'picked' });
    } else {
      if (!name.trim()) return setError(t('plans.resolver.nameRequired'));
      onApply({ type: 'create', name: name.trim(), kind, confirmed: true });
    }
    onClose();
  };

  const where = usages.map((u) => `${u.number} (${assignmentRoleLabels[u.role].toLowerCase()})`).join(', ');
  return (
    <Modal
      open
      title={t('plans.resolver.title')}
      onCancel={onClose}
      onOk={apply}
      okText={t('plans.resolver.apply')}
      cancelText={t('common.cancel')}
      width={phone ? '100%' : 620}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'resolver-apply' }}
    >
      <Typography.Paragraph>
        {t('plans.resolver.written')} <strong>«{writtenAs}»</strong>
        <br />
        <Typography.Text type="secondary">
          {t('plans.resolver.usedIn', { count: usages.length, where: where || '—' })}
        </Typography.Text>
      </Typography.Paragraph>
      {resolution?.type === 'suggested' ? (
        <Alert type="warning" showIcon title={t('plans.resolver.suggestedHelp')} className="form-alert" />
      ) : null}
      {!resolution || (resolution.type === 'create' && !resolution.confirmed) ? (
        <Alert type="error" showIcon title={t('plans.resolver.missingHelp')} className="form-alert" />
      ) : null}
      <Radio.Group
        value={choiceKey(choice)}
        onChange={(event) => {
          const key = String(event.target.value);
          setError(null);
          setChoice(keyChoice(key));
        }}
        className="resolver-choices"
      >
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          {candidates.map((c, index) => (
            <Radio key={c.id} value={`${CANDIDATE}${index}`} data-testid="resolver-candidate">
              <span className="cell-stack">
                <span>
                  {c.name}{' '}
                  <Typography.Text type="secondary">
                    ({t(c.kind === 'group' ? 'plans.chip.group' : 'plans.resolver.agency')})
                  </Typography.Text>
                </span>
                <small className="muted">
                  {t(HOW[c.how])}
                  {c.how === 'similar' ? ` · ${Math.round(c.score * 100)}%` : ''}
                </small>
              </span>
            </Radio>
          ))}
          <Radio value="other">{t('plans.resolver.other')}</Radio>
          {choice.type === 'other' ? (
            <div className="resolver-indent">
              <RegisterSearch
                unitId={unitId}
                at={at}
                value={other}
                onChange={setOther}
                autoFocus
                data-testid="resolver-search"
              />
            </div>
          ) : null}
          <Radio value="create" data-testid="resolver-create">
            {t('plans.resolver.create')}
          </Radio>
          {choice.type === 'create' ? (
            <div className="resolver-indent resolver-create">
              <label className="filter-field">
                <span className="filter-label">{t('plans.resolver.newName')}</span>
                <Input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
              </label>
              <label className="filter-field">
                <span className="filter-label">{t('plans.resolver.newKind')}</span>
                <Select value={kind} onChange={setKind} options={kindOptions} />
              </label>
            </div>
          ) : null}
        </Space>
      </Radio.Group>
      {error ? <Alert type="error" showIcon title={error} className="resolver-error" /> : null}
      <Typography.Paragraph type="secondary" className="resolver-note">
        {t('plans.resolver.appliesAll', { count: usages.length })}
      </Typography.Paragraph>
    </Modal>
  );
}
