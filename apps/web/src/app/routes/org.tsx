import { Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { AgenciesPanel } from '../../features/org/components/agencies-panel';
import { CalendarPanel } from '../../features/org/components/calendar-panel';
import { GroupsPanel } from '../../features/org/components/groups-panel';
import { UnitsPanel } from '../../features/org/components/units-panel';
import { usePermissions, useSession } from '../../lib/auth';
import { t } from '../../lib/i18n';

const TABS = ['units', 'agencies', 'groups', 'calendar'] as const;
type Tab = (typeof TABS)[number];

/** Danh mục đơn vị & cơ quan: units over time, agencies, groups of agencies. */
export function OrgRoute() {
  const can = usePermissions();
  const canManage = can('org.manage');
  // The working calendar is national data: only a national-scope administrator edits it.
  const me = useSession();
  const canEditCalendar = canManage && me.user.scopeUnitId === null;
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab') as Tab | null;
  const tab: Tab = requested && TABS.includes(requested) ? requested : 'units';

  return (
    <>
      <PageHeader title={t('org.title')} subtitle={t('org.subtitle')} />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'units' ? {} : { tab: key })}
          destroyOnHidden
          items={[
            { key: 'units', label: t('org.tab.units'), children: <UnitsPanel canManage={canManage} /> },
            {
              key: 'agencies',
              label: t('org.tab.agencies'),
              children: <AgenciesPanel canManage={canManage} />,
            },
            { key: 'groups', label: t('org.tab.groups'), children: <GroupsPanel canManage={canManage} /> },
            {
              key: 'calendar',
              label: t('org.tab.calendar'),
              children: <CalendarPanel canEdit={canEditCalendar} />,
            },
          ]}
        />
      </Card>
    </>
  );
}
