import type { PlanDto } from '@vte/contracts';
import { Link } from 'react-router';
import { t } from '../../../lib/i18n';
import { usePlan } from '../api/plans';
import { PlanStatusTag } from './plan-tags';

/** The plan this one implements, and the plans (e.g. an agency's own) that implement it. */
export function PlanRelations({ plan }: { plan: PlanDto }) {
  const parent = usePlan(plan.parentPlanId);
  if (!plan.parentPlanId && plan.children.length === 0) return null;
  return (
    <div className="plan-relations no-print" data-testid="plan-relations">
      {plan.parentPlanId ? (
        <p>
          <span className="muted">{t('plans.relations.parent')}</span>{' '}
          <Link to={`/plans/${plan.parentPlanId}`} data-testid="plan-parent-link">
            {parent.data ? `${parent.data.title} (${parent.data.issuerName})` : t('common.loading')}
          </Link>
        </p>
      ) : null}
      {plan.children.length ? (
        <div>
          <span className="muted">{t('plans.relations.children', { count: plan.children.length })}</span>
          <ul className="plain-list">
            {plan.children.map((child) => (
              <li key={child.id}>
                <Link to={`/plans/${child.id}`}>{child.title}</Link>{' '}
                <span className="muted">· {child.issuerName}</span> <PlanStatusTag status={child.status} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
