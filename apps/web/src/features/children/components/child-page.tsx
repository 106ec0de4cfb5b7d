import { DeleteOutlined, EditOutlined, EnvironmentOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { PageSkeleton } from '../../../components/page-skeleton';
import { QueryError } from '../../../components/query-error';
import { isApiError } from '../../../lib/api-client';
import { t } from '../../../lib/i18n';
import type { IdPicker } from '../../../lib/types';
import { useChild } from '../api/child';
import { useCodes } from '../api/register';
import { AddCircumstanceModal, EditChildModal, MoveChildModal, type ChildAction } from './child-actions';
import { EraseChildModal } from './child-erase';
import { ChildHeader } from './child-header';
import { ChildManageCard } from './child-manage';
import {
  CircumstancesCard,
  ConsentCard,
  GuardiansCard,
  LaterModulesCard,
  QualityCard,
  ResidenceTimeline,
} from './child-sections';
import { PURPOSES, PurposeModal, type Purpose } from './purpose-modal';
import '../children.css';

type ChildPageProps = { id: string; canManage: boolean; UnitPicker: IdPicker };

/** The place the user came from proposes the purpose (list → quản lý, duplicates → làm sạch). */
function suggestedPurpose(state: unknown): Purpose {
  const purpose = (state as { purpose?: unknown } | null)?.purpose;
  return PURPOSES.includes(purpose as Purpose) ? (purpose as Purpose) : 'quan_ly';
}

/** Trang của trẻ: opened only after the purpose is given; every opening is an audited read. */
export function ChildPage({ id, canManage, UnitPicker }: ChildPageProps) {
  const location = useLocation();
  const navigate = useNavigate();
  const [purpose, setPurpose] = useState<Purpose | null>(null);
  const [action, setAction] = useState<ChildAction>(null);
  const [erasing, setErasing] = useState(false);
  const child = useChild(id, purpose);
  const codes = useCodes();

  if (!purpose)
    return (
      <>
        <PageSkeleton />
        <PurposeModal
          initial={suggestedPurpose(location.state)}
          onChoose={setPurpose}
          onCancel={() => void navigate(-1)}
        />
      </>
    );
  if (child.isPending) return <PageSkeleton />;
  if (child.isError)
    return isApiError(child.error) && child.error.status === 404 ? (
      <Result status="404" title={t('children.notFound')} />
    ) : (
      <QueryError error={child.error} onRetry={() => void child.refetch()} />
    );

  const data = child.data;
  const close = () => setAction(null);
  return (
    <>
      <PageHeader
        title={data.fullName}
        extra={
          canManage ? (
            <>
              <Button icon={<EditOutlined />} onClick={() => setAction('edit')} data-testid="child-edit">
                {t('common.edit')}
              </Button>
              <Button icon={<EnvironmentOutlined />} onClick={() => setAction('move')}>
                {t('children.move.open')}
              </Button>
              <Button icon={<PlusOutlined />} onClick={() => setAction('circumstance')}>
                {t('children.circumstance.open')}
              </Button>
              <Button
                danger
                icon={<DeleteOutlined />}
                onClick={() => setErasing(true)}
                data-testid="child-erase"
              >
                {t('children.screens.erase.open')}
              </Button>
            </>
          ) : null
        }
      />
      <ChildHeader child={data} codes={codes.data} />
      <QualityCard child={data} codes={codes.data} />
      <div className="child-sections">
        <CircumstancesCard child={data} codes={codes.data} />
        <ResidenceTimeline child={data} codes={codes.data} />
        <GuardiansCard child={data} codes={codes.data} />
        <ConsentCard child={data} codes={codes.data} />
        {canManage ? <ChildManageCard child={data} codes={codes.data} /> : null}
        <LaterModulesCard />
      </div>
      {erasing ? (
        <EraseChildModal childId={data.id} childName={data.fullName} onClose={() => setErasing(false)} />
      ) : null}
      {action === 'edit' ? <EditChildModal child={data} codes={codes.data} onClose={close} /> : null}
      {action === 'move' ? (
        <MoveChildModal child={data} codes={codes.data} onClose={close} UnitPicker={UnitPicker} />
      ) : null}
      {action === 'circumstance' ? (
        <AddCircumstanceModal child={data} codes={codes.data} onClose={close} />
      ) : null}
    </>
  );
}
