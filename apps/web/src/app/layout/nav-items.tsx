import {
  AuditOutlined,
  BarChartOutlined,
  ApartmentOutlined,
  FileDoneOutlined,
  HeartOutlined,
  HomeOutlined,
  MailOutlined,
  SafetyOutlined,
  ScheduleOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { Permission } from '@vte/contracts';
import type { ReactNode } from 'react';
import type { MessageKey } from '../../lib/i18n';

export type NavGroup = 'work' | 'children' | 'admin';

export type NavItem = {
  key: string;
  path: string;
  label: MessageKey;
  /** One sentence on what the module does (home shortcuts, "under construction" pages). */
  description: MessageKey;
  icon: ReactNode;
  group?: NavGroup;
  /** Needed to see the item; modules not built yet have no permission of their own so far. */
  permission?: Permission;
  built: boolean;
};

/** Every module of docs/architecture.md §1, in menu order. */
export const navItems: readonly NavItem[] = [
  {
    key: 'home',
    path: '/',
    label: 'nav.home',
    description: 'nav.home.desc',
    icon: <HomeOutlined />,
    built: true,
  },
  {
    key: 'plans',
    path: '/plans',
    label: 'nav.plans',
    description: 'nav.plans.desc',
    icon: <ScheduleOutlined />,
    group: 'work',
    permission: 'plans.read',
    built: true,
  },
  {
    key: 'reports',
    path: '/reports',
    label: 'nav.reports',
    description: 'nav.reports.desc',
    icon: <FileDoneOutlined />,
    group: 'work',
    permission: 'reports.read',
    built: true,
  },
  {
    key: 'indicators',
    path: '/indicators',
    label: 'nav.indicators',
    description: 'nav.indicators.desc',
    icon: <BarChartOutlined />,
    group: 'work',
    permission: 'indicators.read',
    built: true,
  },
  {
    key: 'children',
    path: '/children',
    label: 'nav.children',
    description: 'nav.children.desc',
    icon: <TeamOutlined />,
    group: 'children',
    permission: 'children.list',
    built: true,
  },
  {
    key: 'cases',
    path: '/cases',
    label: 'nav.cases',
    description: 'nav.cases.desc',
    icon: <SafetyOutlined />,
    group: 'children',
    built: false,
  },
  {
    key: 'support',
    path: '/support',
    label: 'nav.support',
    description: 'nav.support.desc',
    icon: <HeartOutlined />,
    group: 'children',
    built: false,
  },
  {
    key: 'org',
    path: '/org',
    label: 'nav.org',
    description: 'nav.org.desc',
    icon: <ApartmentOutlined />,
    group: 'admin',
    permission: 'org.read',
    built: true,
  },
  {
    key: 'users',
    path: '/users',
    label: 'nav.users',
    description: 'nav.users.desc',
    icon: <UserOutlined />,
    group: 'admin',
    permission: 'users.read',
    built: true,
  },
  {
    key: 'audit',
    path: '/audit',
    label: 'nav.audit',
    description: 'nav.audit.desc',
    icon: <AuditOutlined />,
    group: 'admin',
    permission: 'audit.read',
    built: true,
  },
  {
    key: 'outbox',
    path: '/outbox',
    label: 'nav.outbox',
    description: 'nav.outbox.desc',
    icon: <MailOutlined />,
    group: 'admin',
    permission: 'mail.read',
    built: true,
  },
];

export const navGroupLabels: Record<NavGroup, MessageKey> = {
  work: 'nav.group.work',
  children: 'nav.group.children',
  admin: 'nav.group.admin',
};

export const navItemByKey = (key: string): NavItem | undefined => navItems.find((item) => item.key === key);

/** The items this user may open. */
export const visibleNavItems = (can: (permission: Permission) => boolean): NavItem[] =>
  navItems.filter((item) => !item.permission || can(item.permission));
