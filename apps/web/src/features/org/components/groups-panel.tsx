import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { GroupDto } from '@vte/contracts';
import { Button, Card, Col, Empty, Row, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../../components/query-error';
import { useSearchState } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import { compareVietnamese } from '../../../lib/text';
import { useGroups } from '../api/groups';
import { GroupFormModal, type GroupFormTarget } from './group-form-modal';
import { UnitPicker } from './unit-picker';

const MEMBERS_SHOWN = 12;

function GroupCard({
  group,
  canManage,
  onEdit,
}: {
  group: GroupDto;
  canManage: boolean;
  onEdit: () => void;
}) {
  const [expanded, setExpanded] = useState(false);
  const members = [...group.members].sort((a, b) => compareVietnamese(a.name, b.name));
  const shown = expanded ? members : members.slice(0, MEMBERS_SHOWN);
  return (
    <Card
      title={group.name}
      size="small"
      className="group-card"
      data-testid="group-card"
      extra={
        canManage ? (
          <Button
            size="small"
            icon={<EditOutlined />}
            onClick={onEdit}
            aria-label={t('org.group.editOf', { name: group.name })}
          >
            {t('common.edit')}
          </Button>
        ) : null
      }
    >
      {group.aliases.length > 0 ? (
        <p className="tag-row">
          <Typography.Text type="secondary">{t('org.aliases')}: </Typography.Text>
          {group.aliases.map((alias) => (
            <Tag key={alias}>{alias}</Tag>
          ))}
        </p>
      ) : null}
      {group.description ? <Typography.Paragraph>{group.description}</Typography.Paragraph> : null}
      <Typography.Text strong>{t('org.group.memberCount', { count: members.length })}</Typography.Text>
      {members.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('org.group.noMembers')}</Typography.Paragraph>
      ) : (
        <ul className="member-list">
          {shown.map((member) => (
            <li key={member.id}>{member.name}</li>
          ))}
        </ul>
      )}
      {members.length > MEMBERS_SHOWN ? (
        <Button type="link" size="small" onClick={() => setExpanded(!expanded)}>
          {expanded ? t('common.showLess') : t('common.showAll', { count: members.length })}
        </Button>
      ) : null}
    </Card>
  );
}

/** Tab "Nhóm cơ quan": named groups of agencies used as lead or coordinating bodies in plans. */
export function GroupsPanel({ canManage }: { canManage: boolean }) {
  const [state, setState] = useSearchState(['groupUnit'] as const);
  const [target, setTarget] = useState<GroupFormTarget | null>(null);
  const groups = useGroups(state.groupUnit);
  const sorted = [...(groups.data ?? [])].sort((a, b) => compareVietnamese(a.name, b.name));

  return (
    <>
      <div className="filter-bar">
        <div className="filter-select filter-select-wide">
          <UnitPicker
            value={state.groupUnit ?? null}
            onChange={(value) => setState({ groupUnit: value })}
            allowClear
            placeholder={t('org.group.filterUnit')}
            aria-label={t('org.group.filterUnit')}
          />
        </div>
        {canManage ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setTarget({ mode: 'create', unitId: state.groupUnit })}
            data-testid="group-create"
          >
            {t('org.group.create')}
          </Button>
        ) : null}
      </div>
      {groups.isError ? <QueryError error={groups.error} onRetry={() => void groups.refetch()} /> : null}
      {groups.isPending ? <Skeleton active paragraph={{ rows: 6 }} /> : null}
      {groups.isSuccess && sorted.length === 0 ? <Empty description={t('org.group.empty')} /> : null}
      <Row gutter={[16, 16]}>
        {sorted.map((group) => (
          <Col key={group.id} xs={24} md={12} xl={8}>
            <GroupCard
              group={group}
              canManage={canManage}
              onEdit={() => setTarget({ mode: 'edit', group })}
            />
          </Col>
        ))}
      </Row>
      <GroupFormModal target={target} onClose={() => setTarget(null)} />
    </>
  );
}
