import { Alert, Card, Empty, Tag, Timeline, Typography } from 'antd';
import { formatDate, formatValidity } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import type { ChildDto } from '../api/child';
import type { CodeItem } from '../api/register';
import { codeLabel } from '../lib/child-format';

type Codes = Map<string, CodeItem[]> | undefined;
type SectionProps = { child: ChildDto; codes: Codes };

const none = (text: string) => <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} />;
const validity = (from: string | null, to: string | null) => (from ? formatValidity(from, to) : '');

export function ResidenceTimeline({ child }: SectionProps) {
  return (
    <Card title={t('children.section.residence')} size="small" data-testid="child-residence">
      <Timeline
        items={[...child.residences].reverse().map((period) => ({
          color: period.validTo ? 'gray' : 'green',
          children: (
            <>
              <Typography.Text strong>{validity(period.validFrom, period.validTo)}</Typography.Text>
              <div>{[period.address, period.hamlet, period.unit.name].filter(Boolean).join(', ')}</div>
            </>
          ),
        }))}
      />
    </Card>
  );
}

export function GuardiansCard({ child, codes }: SectionProps) {
  return (
    <Card title={t('children.section.guardians')} size="small" data-testid="child-guardians">
      {child.guardians.length === 0 ? none(t('children.section.noGuardian')) : null}
      {child.guardians.map((guardian) => (
        <div key={guardian.id} className="children-gap">
          <Typography.Text strong>{guardian.fullName}</Typography.Text>{' '}
          <Tag>{codeLabel(codes, 'relation', guardian.relation)}</Tag>
          {guardian.validTo ? (
            <Tag>{t('children.section.ended', { date: formatDate(guardian.validTo) })}</Tag>
          ) : null}
          {guardian.phone ? <div className="mono-id">{guardian.phone}</div> : null}
        </div>
      ))}
    </Card>
  );
}

export function CircumstancesCard({ child, codes }: SectionProps) {
  const items = [
    ...child.circumstances.map((item) => ({
      id: item.id,
      label: codeLabel(codes, 'circumstance_group', item.groupCode),
      detail: item.subtypeCode ? codeLabel(codes, 'circumstance_subtype', item.subtypeCode) : null,
      period: validity(item.fromDate, item.toDate),
      source: item.source,
      ended: Boolean(item.toDate),
      risk: false,
    })),
    ...child.risks.map((item) => ({
      id: item.id,
      label: codeLabel(codes, 'risk', item.riskCode),
      detail: null,
      period: validity(item.fromDate, item.toDate),
      source: item.source,
      ended: Boolean(item.toDate),
      risk: true,
    })),
  ];
  return (
    <Card title={t('children.section.circumstances')} size="small" data-testid="child-circumstances">
      {items.length === 0 ? none(t('children.section.noCircumstance')) : null}
      {items.map((item) => (
        <div key={item.id} className="children-gap">
          <Tag color={item.ended ? 'default' : item.risk ? 'orange' : 'volcano'}>
            {item.risk ? t('children.section.risk') : t('children.section.group')}
          </Tag>
          <Typography.Text strong delete={item.ended}>
            {item.label}
          </Typography.Text>
          {item.detail ? <div>{item.detail}</div> : null}
          <Typography.Text type="secondary">
            {[item.period, item.source].filter(Boolean).join(' · ')}
          </Typography.Text>
        </div>
      ))}
    </Card>
  );
}

export function ConsentCard({ child, codes }: SectionProps) {
  return (
    <Card title={t('children.section.consent')} size="small" data-testid="child-consent">
      {child.consents.length === 0 ? none(t('children.section.noConsent')) : null}
      {child.consents.map((consent) => (
        <div key={consent.id} className="children-gap">
          {codeLabel(codes, 'consent_purpose', consent.purpose)} · {consent.representativeName}
          {consent.givenByChild ? ` · ${t('children.section.childConsented')}` : ''} ·{' '}
          {formatDate(consent.givenOn)}
          {consent.withdrawnOn ? (
            <Tag color="red">
              {t('children.section.withdrawn', { date: formatDate(consent.withdrawnOn) })}
            </Tag>
          ) : null}
        </div>
      ))}
    </Card>
  );
}

export function QualityCard({ child }: SectionProps) {
  if (child.issues.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      className="children-gap"
      title={t('children.section.quality', { count: child.issues.length })}
      description={
        <ul className="child-issues" data-testid="child-issues">
          {child.issues.map((issue) => (
            <li key={`${issue.code}-${issue.field ?? ''}`}>{issue.message}</li>
          ))}
        </ul>
      }
    />
  );
}

/** Cases and support arrive with their own modules; the page says so instead of hiding the sections. */
export function LaterModulesCard() {
  return (
    <Card title={t('children.section.later')} size="small">
      <Typography.Paragraph>
        <Typography.Text strong>{t('children.section.cases')}: </Typography.Text>
        {t('children.section.noneYet')}
      </Typography.Paragraph>
      <Typography.Paragraph>
        <Typography.Text strong>{t('children.section.support')}: </Typography.Text>
        {t('children.section.noneYet')}
      </Typography.Paragraph>
      <Typography.Text type="secondary">{t('children.section.laterHelp')}</Typography.Text>
    </Card>
  );
}
