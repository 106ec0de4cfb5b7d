import { EditOutlined } from '@ant-design/icons';
import type { IndicatorDto } from '@vte/contracts';
import { Button, Descriptions, Drawer, Tag, Typography } from 'antd';
import { IndicatorTrendChart } from '../../../components/indicator-trend-chart';
import { formatNumber } from '../../../lib/format';
import { usePhone } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import { aggregationColor, aggregationLabel } from './indicator-format';

type IndicatorDetailDrawerProps = {
  indicator: IndicatorDto | null;
  canManage: boolean;
  onClose: () => void;
  onEdit: (indicator: IndicatorDto) => void;
};

const orDash = (value: string | number | null) => (value === null || value === '' ? '—' : value);

/** Everything the catalogue knows about one indicator: definition, source, legal basis. */
export function IndicatorDetailDrawer({
  indicator: i,
  canManage,
  onClose,
  onEdit,
}: IndicatorDetailDrawerProps) {
  const phone = usePhone();
  return (
    <Drawer
      open={i !== null}
      onClose={onClose}
      size={phone ? '100%' : 560}
      title={i ? `${i.code} – ${i.name}` : ''}
      data-testid="indicator-detail"
      extra={
        i && canManage ? (
          <Button icon={<EditOutlined />} onClick={() => onEdit(i)}>
            {t('common.edit')}
          </Button>
        ) : null
      }
    >
      {i ? (
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label={t('indicators.field.group')}>{i.group}</Descriptions.Item>
          <Descriptions.Item label={t('indicators.field.unit')}>{i.unit}</Descriptions.Item>
          <Descriptions.Item label={t('indicators.field.aggregation')}>
            <Tag color={aggregationColor[i.aggregation]}>{aggregationLabel(i.aggregation)}</Tag>
            <Typography.Paragraph type="secondary" style={{ marginTop: 4, marginBottom: 0 }}>
              {t('indicators.aggregation.help')}
            </Typography.Paragraph>
          </Descriptions.Item>
          <Descriptions.Item label={t('direction.field')}>
            <span data-testid="indicator-direction-value">{t(`direction.${i.direction}`)}</span>
          </Descriptions.Item>
          {i.aggregation === 'ratio' ? (
            <Descriptions.Item label={t('indicators.field.formula')}>
              {t('indicators.formula', {
                numerator: orDash(i.numeratorCode),
                denominator: orDash(i.denominatorCode),
                factor: i.factor ?? 1,
              })}
            </Descriptions.Item>
          ) : null}
          {i.partOfCode ? (
            <Descriptions.Item label={t('indicators.field.partOf')}>{i.partOfCode}</Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t('indicators.field.dimensions')}>
            {i.dimensions.length
              ? i.dimensions.map((d) => (
                  <div key={d.key}>
                    <Typography.Text strong>{d.label}:</Typography.Text>{' '}
                    {d.options.map((o) => o.label).join('; ')}
                  </div>
                ))
              : t('indicators.noDimensions')}
          </Descriptions.Item>
          {i.min !== null || i.max !== null ? (
            <Descriptions.Item label={`${t('indicators.field.min')} – ${t('indicators.field.max')}`}>
              {i.min === null ? '—' : formatNumber(i.min)} – {i.max === null ? '—' : formatNumber(i.max)}
            </Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t('indicators.field.definition')}>
            {orDash(i.definition)}
          </Descriptions.Item>
          <Descriptions.Item label={t('indicators.field.source')}>{orDash(i.source)}</Descriptions.Item>
          <Descriptions.Item label={t('indicators.field.leadBody')}>{orDash(i.leadBody)}</Descriptions.Item>
          <Descriptions.Item label={t('indicators.field.legalBasis')}>
            {orDash(i.legalBasis)}
          </Descriptions.Item>
          <Descriptions.Item label={t('indicators.field.active')}>
            {i.active ? t('indicators.field.active') : <Tag>{t('indicators.inactive')}</Tag>}
          </Descriptions.Item>
        </Descriptions>
      ) : null}
      {i ? (
        <section className="indicator-trend-section" aria-label={t('dash.trend')}>
          <Typography.Title level={5}>{t('dash.trend')}</Typography.Title>
          <IndicatorTrendChart indicatorId={i.id} direction={i.direction} unit={i.unit} />
        </section>
      ) : null}
    </Drawer>
  );
}
