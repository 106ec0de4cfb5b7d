import { BranchesOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { successionKindLabels, unitTypeLabels, type SuccessionDto, type UnitDto } from '@vte/contracts';
import { Button, Descriptions, Drawer, Empty, Skeleton, Space, Timeline, Typography } from 'antd';
import { QueryError } from '../../../components/query-error';
import { formatDate, formatValidity } from '../../../lib/format';
import { usePhone } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import { useUnit } from '../api/units';

type UnitDetailDrawerProps = {
  unitId: string | null;
  canManage: boolean;
  /** Name of a unit by id, from the list on screen (for the parent). */
  nameOf: (id: string) => string | undefined;
  onClose: () => void;
  onOpenUnit: (id: string) => void;
  onEdit: (unit: UnitDto) => void;
  onAddChild: (unit: UnitDto) => void;
  onAddSuccession: (unit: UnitDto) => void;
};

function SuccessionTimeline({
  items,
  direction,
  onOpenUnit,
}: {
  items: SuccessionDto[];
  direction: 'from' | 'to';
  onOpenUnit: (id: string) => void;
}) {
  if (items.length === 0) {
    return (
      <Typography.Text type="secondary">
        {t(direction === 'from' ? 'org.unit.noPredecessors' : 'org.unit.noSuccessors')}
      </Typography.Text>
    );
  }
  return (
    <Timeline
      items={items.map((item) => ({
        key: item.id,
        content: (
          <div className="cell-stack">
            <span>
              <strong>{formatDate(item.effectiveDate)}</strong> · {successionKindLabels[item.kind]}
            </span>
            <span>
              <Typography.Link onClick={() => onOpenUnit(item.fromUnitId)} disabled={direction === 'to'}>
                {item.fromUnitName}
              </Typography.Link>
              {' → '}
              <Typography.Link onClick={() => onOpenUnit(item.toUnitId)} disabled={direction === 'from'}>
                {item.toUnitName}
              </Typography.Link>
            </span>
            <Typography.Text type="secondary">
              {t('org.legalBasis')}: {item.legalBasis}
            </Typography.Text>
          </div>
        ),
      }))}
    />
  );
}

/** One unit: its facts, validity, legal basis, and what it came from and became. */
export function UnitDetailDrawer(props: UnitDetailDrawerProps) {
  const { unitId, canManage, nameOf, onClose, onOpenUnit, onEdit, onAddChild, onAddSuccession } = props;
  const phone = usePhone();
  const unit = useUnit(unitId);
  const data = unit.data;

  return (
    <Drawer
      open={unitId !== null}
      onClose={onClose}
      size={phone ? '100%' : 560}
      title={data ? data.fullName : t('org.unit.detailTitle')}
      data-testid="unit-detail"
      footer={
        canManage && data ? (
          <Space wrap>
            <Button icon={<EditOutlined />} onClick={() => onEdit(data)}>
              {t('common.edit')}
            </Button>
            <Button icon={<PlusOutlined />} onClick={() => onAddChild(data)}>
              {t('org.unit.addChild')}
            </Button>
            <Button icon={<BranchesOutlined />} onClick={() => onAddSuccession(data)}>
              {t('org.succession.add')}
            </Button>
          </Space>
        ) : null
      }
    >
      {unit.isPending && unitId ? <Skeleton active paragraph={{ rows: 8 }} /> : null}
      {unit.isError ? <QueryError error={unit.error} onRetry={() => void unit.refetch()} /> : null}
      {data ? (
        <>
          <Descriptions
            column={1}
            size="small"
            bordered
            layout={phone ? 'vertical' : 'horizontal'}
            items={[
              { key: 'name', label: t('org.unit.name'), children: data.name },
              { key: 'type', label: t('org.unit.type'), children: unitTypeLabels[data.type] },
              { key: 'code', label: t('org.unit.code'), children: data.code ?? '—' },
              {
                key: 'parent',
                label: t('org.unit.parent'),
                children: data.parentId ? (
                  <Typography.Link onClick={() => data.parentId && onOpenUnit(data.parentId)}>
                    {nameOf(data.parentId) ?? t('org.unit.openParent')}
                  </Typography.Link>
                ) : (
                  '—'
                ),
              },
              {
                key: 'validity',
                label: t('org.validity'),
                children: formatValidity(data.validFrom, data.validTo),
              },
              { key: 'legal', label: t('org.legalBasis'), children: data.legalBasis ?? '—' },
            ]}
          />
          <Typography.Title level={2} className="section-title">
            {t('org.unit.predecessors')}
          </Typography.Title>
          <SuccessionTimeline items={data.predecessors} direction="from" onOpenUnit={onOpenUnit} />
          <Typography.Title level={2} className="section-title">
            {t('org.unit.successors')}
          </Typography.Title>
          <SuccessionTimeline items={data.successors} direction="to" onOpenUnit={onOpenUnit} />
        </>
      ) : null}
      {!unitId ? <Empty /> : null}
    </Drawer>
  );
}
