import { Card, Tag, Typography } from 'antd';
import { t } from '../../../lib/i18n';
import type { ChildDto } from '../api/child';
import type { CodeItem } from '../api/register';
import { codeLabel, dobLabel, sexLabel } from '../lib/child-format';
import { IdStateTag } from './id-state-tag';

type ChildHeaderProps = { child: ChildDto; codes: Map<string, CodeItem[]> | undefined };

/** Name, age, sex, ethnicity and the personal ID with its verification state. */
export function ChildHeader({ child, codes }: ChildHeaderProps) {
  const idText = child.personalId
    ? child.personalIdKind === 'cmnd9'
      ? t('children.id.legacy', { id: child.personalId })
      : child.personalId
    : null;
  return (
    <Card className="children-gap" data-testid="child-header">
      <div className="child-header-meta">
        <Typography.Text strong>{dobLabel(child.dob, child.dobPrecision)}</Typography.Text>
        {child.ageToday != null ? <Tag color="blue">{t('children.age', { age: child.ageToday })}</Tag> : null}
        <span>{sexLabel(child.sex)}</span>
        {child.ethnicityCode ? <span>{codeLabel(codes, 'ethnicity', child.ethnicityCode)}</span> : null}
        {idText ? (
          <span>
            {t('children.field.personalId')}:{' '}
            <span className="mono-id" data-testid="child-personal-id">
              {idText}
            </span>
          </span>
        ) : null}
        <IdStateTag code={child.personalId ? child.idVerification : null} codes={codes} />
        {child.idBirthProvince ? (
          <Typography.Text type="secondary">
            {t('children.id.birthProvince', { province: child.idBirthProvince })}
          </Typography.Text>
        ) : null}
      </div>
      <Typography.Paragraph type="secondary" className="child-place">
        {[child.address, child.hamlet, child.unit.name].filter(Boolean).join(', ')}
      </Typography.Paragraph>
    </Card>
  );
}
