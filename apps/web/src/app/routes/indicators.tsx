import { Card, Tabs } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { AssignmentsPanel } from '../../features/indicators/components/assignments-panel';
import { IndicatorCatalogue } from '../../features/indicators/components/indicator-catalogue';
import { TargetsPanel } from '../../features/indicators/components/targets-panel';
import { usePermissions, useSession } from '../../lib/auth';
import { usePhone } from '../../lib/hooks';
import { t } from '../../lib/i18n';

const TABS = ['catalogue', 'assignments', 'targets'] as const;
type Tab = (typeof TABS)[number];

/** Chỉ tiêu thống kê: the catalogue, who reports each indicator in a locality, and yearly targets. */
export function IndicatorsRoute() {
  const can = usePermissions();
  const me = useSession();
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab') as Tab | null;
  const tab: Tab = requested && TABS.includes(requested) ? requested : 'catalogue';
  // One locality for both set-up tabs: the user's own unit first.
  const [unitId, setUnitId] = useState<string | undefined>(me.user.scopeUnitId ?? undefined);
  const canAssign = can('indicators.assign');
  const phone = usePhone();

  return (
    <>
      <PageHeader title={t('indicators.title')} subtitle={t('indicators.subtitle')} />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'catalogue' ? {} : { tab: key })}
          destroyOnHidden
          // On a phone the three tabs fit in one row instead of hiding the last behind "…".
          size={phone ? 'small' : undefined}
          tabBarGutter={phone ? 16 : undefined}
          items={[
            {
              key: 'catalogue',
              label: t('indicators.tab.catalogue'),
              // The catalogue is national: only a user without a unit scope edits it (the server checks too).
              children: (
                <IndicatorCatalogue canManage={can('indicators.manage') && me.user.scopeUnitId === null} />
              ),
            },
            {
              key: 'assignments',
              label: t(phone ? 'indicators.tab.assignmentsShort' : 'indicators.tab.assignments'),
              children: <AssignmentsPanel unitId={unitId} onUnitChange={setUnitId} canAssign={canAssign} />,
            },
            {
              key: 'targets',
              label: t('indicators.tab.targets'),
              children: <TargetsPanel unitId={unitId} onUnitChange={setUnitId} canAssign={canAssign} />,
            },
          ]}
        />
      </Card>
    </>
  );
}
