import { DuplicatesQueue } from '../../features/children/components/duplicates-queue';

/** Hồ sơ nghi trùng: the review queue of suspected duplicate pairs. */
export function ChildrenDuplicatesRoute() {
  return <DuplicatesQueue />;
}
