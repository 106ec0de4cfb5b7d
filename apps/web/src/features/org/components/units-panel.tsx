import { BranchesOutlined, PlusOutlined } from '@ant-design/icons';
import { unitTypeLabels, type UnitDto } from '@vte/contracts';
import { Button, DatePicker, Empty, Input, Skeleton, Tag, Tree, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { QueryError } from '../../../components/query-error';
import {
  DATE_FORMAT,
  formatDate,
  formatNumber,
  formatValidity,
  fromDayjs,
  toDayjs,
  todayIso,
} from '../../../lib/format';
import { useSearchState } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import { useUnits } from '../api/units';
import { SuccessionFormModal, type SuccessionTarget } from './succession-form-modal';
import { UnitDetailDrawer } from './unit-detail-drawer';
import { UnitFormModal, type UnitFormTarget } from './unit-form-modal';
import { branchIds, buildUnitTree, filterUnitTree, type UnitNode } from './unit-tree-data';

type TreeItem = { key: string; title: React.ReactNode; children?: TreeItem[] };

function toTreeItems(nodes: readonly UnitNode[]): TreeItem[] {
  return nodes.map(({ unit, children }) => ({
    key: unit.id,
    title: (
      <span className="unit-node">
        <span className="unit-node-name">{unit.name}</span>
        <Tag className="unit-node-type">{unitTypeLabels[unit.type]}</Tag>
        <Typography.Text type="secondary" className="unit-node-validity">
          {formatValidity(unit.validFrom, unit.validTo)}
        </Typography.Text>
      </span>
    ),
    children: children.length > 0 ? toTreeItems(children) : undefined,
  }));
}

/** Tab "Đơn vị hành chính": the unit tree as it stood on a chosen date. */
export function UnitsPanel({ canManage }: { canManage: boolean }) {
  const [state, setState] = useSearchState(['at', 'unit'] as const);
  const at = state.at ?? todayIso();
  const [search, setSearch] = useState('');
  const [expanded, setExpanded] = useState<string[] | null>(null);
  const [form, setForm] = useState<UnitFormTarget | null>(null);
  const [succession, setSuccession] = useState<SuccessionTarget | null>(null);
  const units = useUnits({ at });

  const tree = useMemo(() => buildUnitTree(units.data ?? []), [units.data]);
  const shown = useMemo(() => filterUnitTree(tree, search), [tree, search]);
  const byId = useMemo(() => new Map((units.data ?? []).map((unit) => [unit.id, unit])), [units.data]);
  const expandedKeys = search.trim() ? branchIds(shown) : (expanded ?? tree.map((node) => node.unit.id));
  const count = units.data?.length ?? 0;

  const openUnit = (id: string | null) => setState({ unit: id, at: state.at });
  const closeForm = () => setForm(null);

  return (
    <>
      <div className="filter-bar">
        <label className="filter-field">
          <span className="filter-label">{t('org.unit.atDate')}</span>
          <DatePicker
            value={toDayjs(at)}
            onChange={(value) => setState({ at: fromDayjs(value) ?? null })}
            format={DATE_FORMAT}
            allowClear={false}
            data-testid="units-at"
          />
        </label>
        <Input.Search
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          placeholder={t('org.unit.search')}
          aria-label={t('org.unit.search')}
          allowClear
          className="filter-search"
          data-testid="units-search"
        />
        {canManage ? (
          <span className="filter-actions">
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setForm({ mode: 'create' })}
              data-testid="unit-create"
            >
              {t('org.unit.create')}
            </Button>
            <Button
              icon={<BranchesOutlined />}
              onClick={() => setSuccession({})}
              data-testid="succession-create"
            >
              {t('org.succession.add')}
            </Button>
          </span>
        ) : null}
      </div>
      <Typography.Paragraph type="secondary" aria-live="polite">
        {t('org.unit.countAt', { count: formatNumber(count), date: formatDate(at) })}
      </Typography.Paragraph>
      {units.isError ? <QueryError error={units.error} onRetry={() => void units.refetch()} /> : null}
      {units.isPending ? <Skeleton active paragraph={{ rows: 8 }} /> : null}
      {units.isSuccess && shown.length === 0 ? (
        <Empty description={search ? t('common.noMatch') : t('org.unit.empty')} />
      ) : null}
      {units.isSuccess && shown.length > 0 ? (
        <Tree
          treeData={toTreeItems(shown)}
          expandedKeys={expandedKeys}
          onExpand={(keys) => setExpanded(keys.map(String))}
          selectedKeys={state.unit ? [state.unit] : []}
          onSelect={(keys) => openUnit(keys[0] ? String(keys[0]) : null)}
          showLine
          blockNode
          height={count > 300 ? 600 : undefined}
          className="unit-tree"
          data-testid="unit-tree"
        />
      ) : null}
      <UnitDetailDrawer
        unitId={state.unit ?? null}
        canManage={canManage}
        nameOf={(id) => byId.get(id)?.fullName}
        onClose={() => openUnit(null)}
        onOpenUnit={openUnit}
        onEdit={(unit: UnitDto) => setForm({ mode: 'edit', unit })}
        onAddChild={(unit) => setForm({ mode: 'create', parentId: unit.id })}
        onAddSuccession={(unit) => setSuccession({ fromUnitId: unit.id, fromUnitName: unit.fullName })}
      />
      <UnitFormModal target={form} onClose={closeForm} onSaved={closeForm} />
      <SuccessionFormModal target={succession} onClose={() => setSuccession(null)} />
    </>
  );
}
