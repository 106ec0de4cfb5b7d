import { Tabs } from 'antd';
import { useNavigate } from 'react-router';
import { usePermissions } from '../../../lib/auth';
import { t } from '../../../lib/i18n';

export type ChildrenSection = 'register' | 'import' | 'duplicates' | 'campaigns';
const PATHS: Record<ChildrenSection, string> = {
  register: '/children',
  import: '/children/import',
  duplicates: '/children/duplicates',
  campaigns: '/children/campaigns',
};

/** The register's sub-navigation; each tab only for the roles that may use it. */
export function ChildrenNav({ active }: { active: ChildrenSection }) {
  const navigate = useNavigate();
  const can = usePermissions();
  const items = [
    { key: 'register', label: t('children.nav.register'), show: can('children.list') },
    { key: 'import', label: t('children.nav.import'), show: can('children.import') },
    { key: 'duplicates', label: t('children.nav.duplicates'), show: can('children.merge') },
    { key: 'campaigns', label: t('children.nav.campaigns'), show: can('children.campaigns') },
  ].filter((item) => item.show);
  return (
    <nav aria-label={t('children.nav.aria')}>
      <Tabs
        activeKey={active}
        onChange={(key) => void navigate(PATHS[key as ChildrenSection])}
        className="children-nav"
        items={items.map(({ key, label }) => ({
          key,
          label: <span data-testid={`children-tab-${key}`}>{label}</span>,
        }))}
      />
    </nav>
  );
}
