import { Tabs } from 'antd';
import { useNavigate } from 'react-router';
import { t } from '../../../lib/i18n';

export type PlansSection = 'list' | 'my-tasks' | 'calendar';
const PATHS: Record<PlansSection, string> = {
  list: '/plans',
  'my-tasks': '/plans/my-tasks',
  calendar: '/plans/calendar',
};

/** The sub-navigation of the plans area: the plans, my agency's tasks, the calendar of deadlines. */
export function PlansNav({ active }: { active: PlansSection }) {
  const navigate = useNavigate();
  return (
    <nav aria-label={t('plans.nav.aria')}>
      <Tabs
        activeKey={active}
        onChange={(key) => void navigate(PATHS[key as PlansSection])}
        className="plans-nav"
        items={[
          { key: 'list', label: t('plans.nav.list') },
          { key: 'my-tasks', label: t('plans.nav.myTasks') },
          { key: 'calendar', label: t('plans.nav.calendar') },
        ]}
      />
    </nav>
  );
}
