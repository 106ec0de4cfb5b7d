import { PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { agencyKindLabels, createPlanInput } from '@vte/contracts';
import { Alert, App, Button, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/errors';
import { t } from '../../../lib/i18n';
import { useCreatePlan } from '../api/import';
import { AgencyResolver } from './agency-resolver';
import {
  allTasks,
  namesToCreate,
  reviewProblems,
  toCreateInput,
  usagesOf,
  type Review,
} from './import-model';
import { ReviewClosing } from './review-closing';
import { ReviewHeader } from './review-header';
import { ReviewNames } from './review-names';
import { ReviewTaskCard, type ErrorTarget } from './review-task-card';
import { useReview } from './use-review';

type ImportReviewProps = {
  initial: Review;
  onBack: () => void;
  onSaved: (id: string) => void;
};

const planDate = (d: Review['draft']) =>
  d.issuedDate ?? (d.issuedMonth ? `${d.issuedMonth}-15` : `${d.year}-01-01`);

/** Which task an error is about: "Nhiệm vụ 13" (server), `tasks.3.content` (contract check). */
function taskOfError(review: Review, details: unknown, path?: PropertyKey[]): ErrorTarget | null {
  if (path && path[0] === 'tasks' && typeof path[1] === 'number') {
    const task = review.draft.tasks[path[1]];
    const sub = path[2] === 'subtasks' && typeof path[3] === 'number' ? task?.subtasks[path[3]] : undefined;
    return task ? { taskKey: (sub ?? task).key, name: null } : null;
  }
  const d = (details ?? {}) as { where?: unknown; task?: unknown; writtenAs?: unknown };
  const number =
    typeof d.task === 'string' ? d.task : typeof d.where === 'string' ? d.where.replace(/^\D+/, '') : null;
  const task = allTasks(review.draft.tasks).find((x) => x.number === number);
  return task ? { taskKey: task.key, name: typeof d.writtenAs === 'string' ? d.writtenAs : null } : null;
}

/** Step 2: every extracted field beside its source; agency names resolved against the register. */
export function ImportReview({ initial, onBack, onSaved }: ImportReviewProps) {
  const { review, actions } = useReview(initial);
  const [resolving, setResolving] = useState<string | null>(null);
  const [errorTarget, setErrorTarget] = useState<ErrorTarget | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const create = useCreatePlan();
  const { modal, message } = App.useApp();

  const { draft } = review;
  const at = planDate(draft);
  const usages = useMemo(() => usagesOf(draft.tasks), [draft.tasks]);
  const problems = reviewProblems(review);
  // An error points at what was wrong when it was shown; any correction makes it stale.
  const [shownFor, setShownFor] = useState(review);
  if (shownFor !== review) {
    setShownFor(review);
    setSaveError(null);
    setErrorTarget(null);
  }
  const onOpen = useCallback((writtenAs: string) => setResolving(writtenAs), []);

  const showProblem = (index = 0) => {
    const problem = problems[index];
    if (problem?.taskKey) setErrorTarget({ taskKey: problem.taskKey, name: problem.name ?? null });
  };

  const post = () => {
    const input = toCreateInput(review);
    const checked = createPlanInput.safeParse(input);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const target = taskOfError(review, null, issue?.path);
      const task = allTasks(review.draft.tasks).find((x) => x.key === target?.taskKey);
      const where = task ? t('plans.review.taskN', { number: task.number }) : (issue?.path.join('.') ?? '');
      setSaveError(issue ? `${where}: ${issue.message}` : t('error.generic'));
      setErrorTarget(target);
      return;
    }
    setSaveError(null);
    create.mutate(checked.data, {
      onSuccess: ({ id }) => {
        void message.success(t('plans.review.saved', { count: checked.data.tasks.length }));
        onSaved(id);
      },
      onError: (error) => {
        setSaveError(errorMessage(error));
        if (isApiError(error)) setErrorTarget(taskOfError(review, error.details));
      },
    });
  };

  const save = () => {
    if (problems.length > 0) {
      setSaveError(null);
      void message.warning(t('plans.review.problems', { count: problems.length }));
      showProblem();
      return;
    }
    const creations = namesToCreate(review);
    if (creations.length === 0) return post();
    modal.confirm({
      title: t('plans.review.confirmCreateTitle', { count: creations.length }),
      content: (
        <ul className="member-list">
          {creations.map((c) => (
            <li key={c.writtenAs}>
              {c.name} <span className="muted">({agencyKindLabels[c.kind]})</span>
            </li>
          ))}
        </ul>
      ),
      okText: t('plans.review.confirmCreateOk'),
      cancelText: t('plans.review.confirmCreateBack'),
      onOk: post,
    });
  };

  const problemText = (i: number) => {
    const p = problems[i];
    if (!p) return '';
    if (p.kind === 'suggested')
      return t('plans.problem.suggested', { number: p.number ?? '', name: p.name ?? '' });
    if (p.kind === 'noLead') return t('plans.problem.noLead', { number: p.number ?? '' });
    return t('plans.problem.noContent', { number: p.number ?? '' });
  };

  return (
    <div className="import-review">
      <Alert
        type="info"
        showIcon
        title={t('plans.review.notSaved')}
        description={t('plans.review.intro')}
        className="review-section"
      />
      {review.warnings.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={t('plans.review.warnings', { count: review.warnings.length })}
          description={
            <ul className="member-list" data-testid="review-warnings">
              {review.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          }
          className="review-section"
        />
      ) : null}
      <ReviewNames review={review} onOpen={onOpen} />
      <ReviewHeader review={review} actions={actions} />
      <Typography.Title level={2} className="section-title">
        {t('plans.review.tasks', { count: draft.tasks.length })}
      </Typography.Title>
      {draft.tasks.map((task) => (
        <ReviewTaskCard
          key={task.key}
          task={task}
          resolutions={review.resolutions}
          planYear={draft.year}
          unitId={draft.unitId}
          at={at}
          errorTarget={errorTarget}
          onOpen={onOpen}
          actions={actions}
        />
      ))}
      <Button icon={<PlusOutlined />} onClick={actions.addTask} className="review-section">
        {t('plans.review.addTask')}
      </Button>
      <ReviewClosing review={review} actions={actions} />

      <div className="review-footer" role="region" aria-label={t('plans.review.footer')}>
        <div className="review-footer-status" aria-live="polite">
          {saveError ? (
            <Typography.Text type="danger" data-testid="review-error">
              {saveError}
            </Typography.Text>
          ) : problems.length > 0 ? (
            <Typography.Link onClick={() => showProblem()} className="text-warning">
              {problemText(0)}
              {problems.length > 1
                ? ` ${t('plans.review.moreProblems', { count: problems.length - 1 })}`
                : ''}
            </Typography.Link>
          ) : (
            <Typography.Text type="secondary">
              {t('plans.review.ready', { count: draft.tasks.length })}
            </Typography.Text>
          )}
        </div>
        <div className="review-footer-actions">
          <Button onClick={onBack} disabled={create.isPending}>
            {t('plans.review.back')}
          </Button>
          <Button
            type="primary"
            icon={<SaveOutlined />}
            onClick={save}
            loading={create.isPending}
            data-testid="plan-review-save"
          >
            {t('plans.review.save')}
          </Button>
        </div>
      </div>

      {resolving ? (
        <AgencyResolver
          writtenAs={resolving}
          resolution={review.resolutions[resolving]}
          candidates={review.candidates[resolving] ?? []}
          usages={usages.get(resolving) ?? []}
          unitId={draft.unitId}
          at={at}
          onApply={(resolution) => {
            actions.resolve(resolving, resolution);
            if (errorTarget?.name === resolving) setErrorTarget(null);
            setSaveError(null);
          }}
          onClose={() => setResolving(null)}
        />
      ) : null}
    </div>
  );
}
