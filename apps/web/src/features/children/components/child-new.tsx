import { matchBandLabels, matchReasonLabels, type ChildMatchDraft } from '@vte/contracts';
import { Alert, Button, Card, Checkbox, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { useSession } from '../../../lib/auth';
import { useApiErrorHandler } from '../../../lib/errors';
import { fromDayjs } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import type { IdPicker } from '../../../lib/types';
import { useCreateChild, useMatchDraft, type ChildMatchResultDto } from '../api/child-manage';
import { useCodes } from '../api/register';
import { dobLabel } from '../lib/child-format';
import { ChildIdentityFields } from './child-form-fields';
import '../children.css';

type FormValues = Record<string, unknown> & { dob?: import('dayjs').Dayjs | null };
const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** What the forced search compares; the key says whether the form changed since the last search. */
function draftOf(v: FormValues): ChildMatchDraft {
  return {
    fullName: text(v.fullName) ?? '',
    dob: fromDayjs(v.dob) ?? null,
    dobPrecision: (v.dobPrecision as ChildMatchDraft['dobPrecision']) ?? 'day',
    sex: (v.sex as 'M' | 'F' | undefined) ?? null,
    personalId: text(v.personalId) ?? null,
    fatherName: text(v.fatherName) ?? null,
    motherName: text(v.motherName) ?? null,
    unitId: (v.unitId as string | undefined) ?? null,
    hamlet: text(v.hamlet) ?? null,
  };
}

function createBody(v: FormValues) {
  const d = draftOf(v);
  const guardians = [
    d.fatherName ? { relation: 'cha', fullName: d.fatherName } : null,
    d.motherName ? { relation: 'me', fullName: d.motherName } : null,
  ].filter((g): g is { relation: string; fullName: string } => g !== null);
  const head = text(v.householdHead);
  const poverty = v.povertyStatus as 'ho_ngheo' | 'ho_can_ngheo' | undefined;
  return {
    fullName: d.fullName,
    dob: d.dob,
    dobPrecision: d.dobPrecision,
    sex: d.sex,
    ethnicityCode: (v.ethnicityCode as string | undefined) ?? null,
    nationality: text(v.nationality) ?? 'VN',
    personalId: d.personalId,
    unitId: d.unitId ?? '',
    hamlet: d.hamlet,
    address: text(v.address) ?? null,
    guardians,
    household: head || poverty ? { headName: head ?? null, povertyStatus: poverty ?? null } : undefined,
  };
}

/** "Thêm trẻ em": the register is searched for the same child first; saving needs that search. */
export function ChildNew({ UnitPicker }: { UnitPicker: IdPicker }) {
  const [form] = Form.useForm<FormValues>();
  const { user } = useSession();
  const codes = useCodes();
  const match = useMatchDraft();
  const create = useCreateChild();
  const navigate = useNavigate();
  const onError = useApiErrorHandler();
  const [searched, setSearched] = useState<{ key: string; result: ChildMatchResultDto } | null>(null);
  const [different, setDifferent] = useState(false);
  const values = Form.useWatch([], form) as FormValues | undefined;
  const current = values ? JSON.stringify(draftOf(values)) : '';
  const fresh = searched !== null && searched.key === current;
  const found = fresh ? searched.result.candidates : [];

  // A refused validation shows its messages on the fields; nothing else to do.
  const valid = () => form.validateFields().catch(() => null);
  const check = async () => {
    const v = await valid();
    if (!v) return;
    const key = JSON.stringify(draftOf(v));
    setDifferent(false);
    match.mutate(draftOf(v), {
      onSuccess: (result) => setSearched({ key, result }),
      onError: (error) => onError(error, form, ['fullName', 'dob', 'personalId', 'unitId']),
    });
  };
  const save = async () => {
    const v = await valid();
    if (!v) return;
    create.mutate(createBody(v), {
      onSuccess: (child) =>
        void navigate(`/children/${child.id}`, { replace: true, state: { purpose: 'quan_ly' } }),
      onError: (error) =>
        onError(error, form, ['fullName', 'dob', 'personalId', 'unitId', 'ethnicityCode', 'nationality']),
    });
  };

  return (
    <>
      <PageHeader title={t('children.screens.new.title')} subtitle={t('children.screens.new.subtitle')} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ dobPrecision: 'day', nationality: 'VN', unitId: user.scopeUnitId ?? undefined }}
        className="child-new-form"
      >
        <div className="child-sections">
          <Card size="small" title={t('children.screens.new.identity')}>
            <ChildIdentityFields codes={codes.data} />
          </Card>
          <Card size="small" title={t('children.screens.new.place')}>
            <Form.Item
              name="unitId"
              label={t('children.field.unit')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <UnitPicker data-testid="child-form-unit" />
            </Form.Item>
            <Form.Item name="hamlet" label={t('children.field.hamlet')}>
              <Input maxLength={120} data-testid="child-form-hamlet" />
            </Form.Item>
            <Form.Item name="address" label={t('children.field.address')}>
              <Input maxLength={300} />
            </Form.Item>
            <Form.Item name="fatherName" label={t('children.screens.field.father')}>
              <Input maxLength={120} data-testid="child-form-father" />
            </Form.Item>
            <Form.Item name="motherName" label={t('children.screens.field.mother')}>
              <Input maxLength={120} data-testid="child-form-mother" />
            </Form.Item>
            <Form.Item name="householdHead" label={t('children.screens.field.householdHead')}>
              <Input maxLength={120} />
            </Form.Item>
            <Form.Item name="povertyStatus" label={t('children.screens.field.poverty')}>
              <Select
                allowClear
                options={[
                  { value: 'ho_ngheo', label: t('children.screens.poverty.ho_ngheo') },
                  { value: 'ho_can_ngheo', label: t('children.screens.poverty.ho_can_ngheo') },
                ]}
              />
            </Form.Item>
          </Card>
        </div>
      </Form>
      <Card size="small" className="children-gap" title={t('children.screens.new.matchTitle')}>
        <Typography.Paragraph type="secondary">{t('children.screens.new.matchHelp')}</Typography.Paragraph>
        {fresh ? (
          <MatchResult result={searched.result} different={different} onDifferent={setDifferent} />
        ) : searched ? (
          <Alert type="info" showIcon title={t('children.screens.new.changed')} className="children-gap" />
        ) : null}
        <Space wrap className="import-actions">
          <Button onClick={() => void navigate(-1)}>{t('common.cancel')}</Button>
          <Button onClick={() => void check()} loading={match.isPending} data-testid="child-new-check">
            {t('children.screens.new.check')}
          </Button>
          <Button
            type="primary"
            disabled={!fresh || (found.length > 0 && !different)}
            onClick={() => void save()}
            loading={create.isPending}
            data-testid="child-new-save"
          >
            {t('children.screens.new.save')}
          </Button>
        </Space>
      </Card>
    </>
  );
}

type MatchResultProps = {
  result: ChildMatchResultDto;
  different: boolean;
  onDifferent: (value: boolean) => void;
};

/** The possible matches in the user's scope, best first; each opens the existing record instead. */
function MatchResult({ result, different, onDifferent }: MatchResultProps) {
  if (!result.candidates.length)
    return (
      <Alert
        type="success"
        showIcon
        title={t('children.screens.new.noMatch')}
        className="children-gap"
        data-testid="child-new-no-match"
      />
    );
  return (
    <div data-testid="child-new-matches">
      <Alert type="warning" showIcon title={t('children.screens.new.matches')} className="children-gap" />
      <List
        size="small"
        dataSource={result.candidates}
        renderItem={(c) => (
          <List.Item data-testid="child-new-match">
            <div>
              <Link to={`/children/${c.id}`} state={{ purpose: 'quan_ly' }}>
                <Typography.Text strong>{c.fullName}</Typography.Text>
              </Link>{' '}
              <Tag color={c.band === 'very_likely' ? 'red' : 'orange'}>{matchBandLabels[c.band]}</Tag>
              <div>{[dobLabel(c.dob, c.dobPrecision), c.hamlet, c.unitName].filter(Boolean).join(' · ')}</div>
              <Typography.Text type="secondary">
                {c.reasons.map((r) => matchReasonLabels[r] ?? r).join(' · ')}
              </Typography.Text>
            </div>
          </List.Item>
        )}
      />
      <Checkbox
        checked={different}
        onChange={(event) => onDifferent(event.target.checked)}
        data-testid="child-new-different"
      >
        {t('children.screens.new.different')}
      </Checkbox>
    </div>
  );
}
