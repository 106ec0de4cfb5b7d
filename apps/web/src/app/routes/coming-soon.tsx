import { useLocation } from 'react-router';
import { UnderConstruction } from '../../components/under-construction';
import { t } from '../../lib/i18n';
import { navItemByKey } from '../layout/nav-items';

/** Modules on the menu that are not built yet: a plain page, never a dead link. */
export function ComingSoonRoute() {
  const { pathname } = useLocation();
  const item = navItemByKey(pathname.split('/')[1] ?? '');
  if (!item) return null;
  return <UnderConstruction title={t(item.label)} description={t(item.description)} />;
}
