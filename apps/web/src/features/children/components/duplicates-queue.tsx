import { PageHeader } from '../../../components/page-header';
import { t } from '../../../lib/i18n';
import { ChildrenNav } from './children-nav';

/** Hồ sơ nghi trùng (placeholder until the duplicates API lands). */
export function DuplicatesQueue() {
  return (
    <>
      <PageHeader title={t('children.nav.duplicates')} />
      <ChildrenNav active="duplicates" />
    </>
  );
}
