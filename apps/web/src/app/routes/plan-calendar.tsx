import { PlansCalendar } from '../../features/plans/components/plans-calendar';

/** Lịch hạn of the plans in the user's scope. */
export function PlanCalendarRoute() {
  return <PlansCalendar />;
}
