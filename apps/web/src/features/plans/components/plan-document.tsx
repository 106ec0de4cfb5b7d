import { EditOutlined, PrinterOutlined } from '@ant-design/icons';
import type { PlanDto, TaskDto } from '@vte/contracts';
import { Button } from 'antd';
import { formatDate } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { PlanRelations } from './plan-relations';

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const names = (task: TaskDto, role: 'lead' | 'partner') => task.assignments.filter((a) => a.role === role);

function placeDate(plan: PlanDto): string {
  const [y, m, d] = (plan.issuedDate ?? plan.issuedMonth ?? '').split('-');
  return t('plans.doc.placeDate', {
    place: plan.place ?? '',
    day: d ? Number(d) : '\u2003\u2003',
    month: m ? Number(m) : '\u2003\u2003',
    year: y ?? plan.year,
  });
}

function Assignees({ task, role }: { task: TaskDto; role: 'lead' | 'partner' }) {
  const list = names(task, role);
  if (list.length === 0) return null;
  return (
    <p className="doc-item">
      - {t(role === 'lead' ? 'plans.doc.lead' : 'plans.doc.partner')}{' '}
      {list.map((a, i) => (
        <span key={`${a.writtenAs}-${i}`}>
          {i > 0 ? ', ' : ''}
          <span title={a.name !== a.writtenAs ? t('plans.doc.registerName', { name: a.name }) : undefined}>
            {a.writtenAs}
          </span>
        </span>
      ))}
      .
    </p>
  );
}

type TaskActions = { onOpenTask?: (task: TaskDto) => void; onEditTask?: (task: TaskDto) => void };

function TaskBlock({ task, all, onOpenTask, onEditTask }: { task: TaskDto; all: TaskDto[] } & TaskActions) {
  return (
    <div className="doc-task" id={`task-${task.number}`} data-testid={`plan-task-row-${task.number}`}>
      <p className="doc-para">
        <strong>{task.number}.</strong> {task.content}
        {onOpenTask ? (
          <Button type="link" size="small" className="doc-open no-print" onClick={() => onOpenTask(task)}>
            {t('plans.doc.openTask')}
          </Button>
        ) : null}
        {onEditTask ? (
          <Button
            type="link"
            size="small"
            className="doc-open no-print"
            icon={<EditOutlined />}
            onClick={() => onEditTask(task)}
            data-testid={`plan-task-edit-${task.number}`}
          >
            {t('plans.edit.task')}
          </Button>
        ) : null}
      </p>
      <Assignees task={task} role="lead" />
      <Assignees task={task} role="partner" />
      {task.timeframeText ? (
        <p className="doc-item">
          - {t('plans.doc.timeframe')} {task.timeframeText.replace(/\.$/, '')}.
        </p>
      ) : null}
      {task.outputs ? (
        <p className="doc-item">
          - {t('plans.doc.outputs')} {task.outputs}
        </p>
      ) : null}
      {all
        .filter((sub) => sub.parentId === task.id)
        .map((sub) => (
          <TaskBlock key={sub.id} task={sub} all={all} onOpenTask={onOpenTask} onEditTask={onEditTask} />
        ))}
    </div>
  );
}

type PlanDocumentProps = TaskActions & { plan: PlanDto; onEditPlan?: () => void };

/** The plan as the document reads (Nghị định 30/2020 layout), printable from the browser. */
export function PlanDocument({ plan, onOpenTask, onEditTask, onEditPlan }: PlanDocumentProps) {
  const issuer = plan.issuerName.replace(/^UBND\b/i, 'Ủy ban nhân dân');
  const dues = plan.reporting.map((r) =>
    r.due ? t('plans.doc.due', { period: r.period, date: formatDate(r.due) }) : r.period,
  );
  let section = 0;
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI'];
  const heading = (key: Parameters<typeof t>[0]) => (
    <h3 className="doc-heading">
      {roman[section++]}. {t(key)}
    </h3>
  );

  return (
    <div className="plan-doc-wrap">
      <div className="doc-toolbar no-print">
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('plans.doc.print')}
        </Button>
        {onEditPlan ? (
          <Button icon={<EditOutlined />} onClick={onEditPlan} data-testid="plan-edit">
            {t('plans.edit.plan')}
          </Button>
        ) : null}
      </div>
      <PlanRelations plan={plan} />
      <article className="plan-doc" aria-label={t('plans.tab.document')}>
        <header className="doc-header">
          <div className="doc-issuer">
            <p className="doc-upper">{plan.issuerName}</p>
            <p>{t('plans.doc.number', { number: plan.number ?? '\u2003\u2003/KH' })}</p>
          </div>
          <div className="doc-nation">
            <p className="doc-upper doc-bold">{t('plans.doc.nation')}</p>
            <p className="doc-bold">{t('plans.doc.motto')}</p>
            <p className="doc-italic">{placeDate(plan)}</p>
          </div>
        </header>
        <h2 className="doc-kind">{t('plans.doc.kind')}</h2>
        <p className="doc-title">{plan.title}</p>
        {plan.bases.length ? (
          <p className="doc-para">
            {t('plans.doc.bases', { bases: plan.bases.join('; '), issuer, title: lowerFirst(plan.title) })}
          </p>
        ) : null}
        {plan.purpose || plan.requirements.length ? heading('plans.doc.s1') : null}
        {plan.purpose ? (
          <>
            <h4 className="doc-subheading">{t('plans.doc.purpose')}</h4>
            <p className="doc-para">{plan.purpose}</p>
          </>
        ) : null}
        {plan.requirements.length ? (
          <>
            <h4 className="doc-subheading">{t('plans.doc.requirements')}</h4>
            {plan.requirements.map((r, i) => (
              <p className="doc-para" key={i}>
                - {r}
              </p>
            ))}
          </>
        ) : null}
        {heading('plans.doc.s2')}
        {plan.tasks
          .filter((task) => !task.parentId)
          .map((task) => (
            <TaskBlock
              key={task.id}
              task={task}
              all={plan.tasks}
              onOpenTask={onOpenTask}
              onEditTask={onEditTask}
            />
          ))}
        {plan.funding ? (
          <>
            {heading('plans.doc.s3')}
            <p className="doc-para">{plan.funding}</p>
          </>
        ) : null}
        {plan.organisation.length ? (
          <>
            {heading('plans.doc.s4')}
            {plan.organisation.map((o, i) => (
              <p className="doc-para doc-pre" key={i}>
                {o.agency ? <strong>{`${i + 1}. ${o.agency}: `}</strong> : null}
                {o.responsibilities}
              </p>
            ))}
          </>
        ) : null}
        {plan.reporting.length ? (
          <>
            {heading('plans.doc.s5')}
            <p className="doc-para">{t('plans.doc.reporting', { issuer, dues: dues.join('; ') })}</p>
          </>
        ) : null}
        <footer className="doc-footer">
          {plan.recipients.length ? (
            <div className="doc-recipients">
              <p className="doc-bold doc-italic">{t('plans.doc.recipients')}</p>
              {plan.recipients.map((r) => (
                <p key={r}>- {r};</p>
              ))}
              <p>- {t('plans.doc.filing')}</p>
            </div>
          ) : (
            <div />
          )}
          <div className="doc-sign">
            <p className="doc-bold">{t('plans.doc.signAuthority')}</p>
            <p className="doc-bold">{t('plans.doc.signTitle')}</p>
          </div>
        </footer>
      </article>
    </div>
  );
}
