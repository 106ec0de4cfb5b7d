import { ArrowRightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { roleLabels, type HealthDto } from '@vte/contracts';
import { Card, Col, Descriptions, Row, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { LeaderHome } from '../../features/home/components/leader-home';
import { api } from '../../lib/api-client';
import { usePermissions, useSession } from '../../lib/auth';
import { formatDateTime } from '../../lib/format';
import { t, type MessageKey } from '../../lib/i18n';
import { visibleNavItems } from '../layout/nav-items';

const roleHints: Record<string, MessageKey> = {
  admin: 'home.hint.admin',
  focal_officer: 'home.hint.focal_officer',
  agency_reporter: 'home.hint.agency_reporter',
  leader: 'home.hint.leader',
  commune_worker: 'home.hint.commune_worker',
  police: 'home.hint.police',
  province_viewer: 'home.hint.province_viewer',
  auditor: 'home.hint.auditor',
};

function SystemInfo() {
  const health = useQuery({
    queryKey: ['health'],
    queryFn: ({ signal }) => api.get<HealthDto>('/health', { signal }),
    staleTime: 5 * 60_000,
  });
  if (!health.data) return null;
  return (
    <Typography.Paragraph type="secondary" className="system-info">
      {t('home.system', {
        version: health.data.version,
        database: t(health.data.database === 'embedded' ? 'home.db.embedded' : 'home.db.external'),
      })}
    </Typography.Paragraph>
  );
}

/** Tổng quan: who I am, where I work, and shortcuts to what my role can do. */
export function HomeRoute() {
  const { user } = useSession();
  const can = usePermissions();
  const shortcuts = visibleNavItems(can).filter((item) => item.key !== 'home');
  const ready = shortcuts.filter((item) => item.built);
  const coming = shortcuts.filter((item) => !item.built);

  return (
    <>
      <PageHeader title={t('home.title')} />
      {/* Leaders and the province decide from here: charts first (issue 9 item 10). */}
      {user.role === 'leader' || user.role === 'province_viewer' ? <LeaderHome /> : null}
      <div className="home-rest">
        <Card className="welcome-card" data-testid="welcome-card">
          <Typography.Title level={2} className="welcome-title">
            {t('home.welcome', { name: user.fullName })}
          </Typography.Title>
          <Typography.Paragraph>{t(roleHints[user.role] ?? 'home.hint.admin')}</Typography.Paragraph>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2, lg: 3 }}
            items={[
              { key: 'role', label: t('home.role'), children: roleLabels[user.role] },
              { key: 'unit', label: t('home.unit'), children: user.scopeUnitName ?? t('common.national') },
              { key: 'agency', label: t('home.agency'), children: user.agencyName ?? '—' },
              ...(user.lastLoginAt
                ? [{ key: 'last', label: t('home.lastLogin'), children: formatDateTime(user.lastLoginAt) }]
                : []),
            ]}
          />
        </Card>

        {ready.length > 0 ? (
          <>
            <Typography.Title level={2} className="section-title">
              {t('home.shortcuts')}
            </Typography.Title>
            <Row gutter={[16, 16]}>
              {ready.map((item) => (
                <Col key={item.key} xs={24} sm={12} xl={8}>
                  <Link to={item.path} className="shortcut" data-testid={`shortcut-${item.key}`}>
                    <span className="shortcut-icon" aria-hidden="true">
                      {item.icon}
                    </span>
                    <span className="shortcut-text">
                      <strong>{t(item.label)}</strong>
                      <span>{t(item.description)}</span>
                    </span>
                    <ArrowRightOutlined aria-hidden="true" />
                  </Link>
                </Col>
              ))}
            </Row>
          </>
        ) : null}

        <Typography.Title level={2} className="section-title">
          {t('home.coming')}
        </Typography.Title>
        <Row gutter={[16, 16]}>
          {coming.map((item) => (
            <Col key={item.key} xs={24} sm={12} xl={8}>
              <Link to={item.path} className="shortcut shortcut-muted">
                <span className="shortcut-icon" aria-hidden="true">
                  {item.icon}
                </span>
                <span className="shortcut-text">
                  <strong>
                    {t(item.label)} <Tag>{t('common.comingSoonTag')}</Tag>
                  </strong>
                  <span>{t(item.description)}</span>
                </span>
              </Link>
            </Col>
          ))}
        </Row>
        {user.role === 'admin' ? <SystemInfo /> : null}
      </div>
    </>
  );
}
