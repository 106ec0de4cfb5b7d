import { Tabs } from 'antd';
import { useNavigate } from 'react-router';
import { usePermissions } from '../../../lib/auth';
import { usePhone } from '../../../lib/hooks';
import { t, type MessageKey } from '../../../lib/i18n';

export type ReportsSection = 'dashboard' | 'periods' | 'mine' | 'province';
const SECTIONS: {
  key: ReportsSection;
  path: string;
  label: MessageKey;
  permission: 'reports.read' | 'reports.submit';
}[] = [
  { key: 'mine', path: '/reports/mine', label: 'reports.nav.mine', permission: 'reports.submit' },
  { key: 'periods', path: '/reports', label: 'reports.nav.periods', permission: 'reports.read' },
  {
    key: 'dashboard',
    path: '/reports/dashboard',
    label: 'reports.nav.dashboard',
    permission: 'reports.read',
  },
  { key: 'province', path: '/reports/province', label: 'reports.nav.province', permission: 'reports.read' },
];

/** The sub-navigation of the reports area, showing only what the user may open. */
export function ReportsNav({ active }: { active: ReportsSection }) {
  const navigate = useNavigate();
  const can = usePermissions();
  const phone = usePhone();
  // Agency reporters work from their own reports; periods and the province view are for focal officers and leaders.
  const reporterOnly = can('reports.submit') && !can('reports.review');
  const items = SECTIONS.filter(
    (section) =>
      can(section.permission) && !(reporterOnly && (section.key === 'periods' || section.key === 'province')),
  );
  return (
    <nav aria-label={t('reports.nav.aria')}>
      <Tabs
        activeKey={active}
        onChange={(key) => void navigate(items.find((item) => item.key === key)?.path ?? '/reports')}
        className="reports-nav"
        // On a phone every section must fit in one row rather than hide behind the "…" menu.
        size={phone ? 'small' : undefined}
        tabBarGutter={phone ? 16 : undefined}
        items={items.map((item) => ({
          key: item.key,
          label: (
            <span data-testid={`reports-nav-${item.key}`}>
              {t(phone && item.key === 'mine' ? 'reports.nav.mineShort' : item.label)}
            </span>
          ),
        }))}
      />
    </nav>
  );
}
