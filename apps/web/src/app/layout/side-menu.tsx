import { Menu, type MenuProps } from 'antd';
import { Link, useLocation } from 'react-router';
import { usePermissions } from '../../lib/auth';
import { t } from '../../lib/i18n';
import { navGroupLabels, visibleNavItems, type NavGroup, type NavItem } from './nav-items';

type MenuItem = Required<MenuProps>['items'][number];

const toMenuItem = (item: NavItem): MenuItem => ({
  key: item.key,
  icon: item.icon,
  label: (
    <Link to={item.path} data-testid={`nav-${item.key}`}>
      {t(item.label)}
    </Link>
  ),
});

/** Selected menu key from the first path segment: /users/123 → users. */
function selectedKey(pathname: string): string {
  const segment = pathname.split('/')[1] ?? '';
  return segment === '' ? 'home' : segment;
}

type SideMenuProps = { collapsed?: boolean };

export function SideMenu({ collapsed = false }: SideMenuProps) {
  const can = usePermissions();
  const location = useLocation();
  const items = visibleNavItems(can);
  const groups: NavGroup[] = ['work', 'children', 'admin'];

  const menuItems: MenuItem[] = [
    ...items.filter((item) => !item.group).map(toMenuItem),
    ...groups.flatMap((group): MenuItem[] => {
      const children = items.filter((item) => item.group === group).map(toMenuItem);
      if (children.length === 0) return [];
      return collapsed
        ? [{ type: 'divider' }, ...children]
        : [{ type: 'group', key: `group-${group}`, label: t(navGroupLabels[group]), children }];
    }),
  ];

  return (
    <nav aria-label={t('nav.ariaLabel')}>
      <Menu
        mode="inline"
        items={menuItems}
        selectedKeys={[selectedKey(location.pathname)]}
        className="side-menu"
      />
    </nav>
  );
}
