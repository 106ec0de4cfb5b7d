import { FileDoneOutlined, LeftOutlined, RightOutlined, ScheduleOutlined } from '@ant-design/icons';
import { Button, Calendar, Card, DatePicker, Empty, Segmented, Skeleton, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { formatDate, todayIso } from '../../../lib/format';
import { usePhone } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import { usePlanCalendar, type CalendarEntry } from '../api/plans';
import { PlansNav } from './plans-nav';
import '../plans.css';
import '../plan-tasks.css';
import './plans-calendar.css';

const entryLink = (e: CalendarEntry) =>
  e.taskId ? `/plans/${e.planId}?task=${e.taskId}` : `/plans/${e.planId}?tab=dashboard`;

function EntryLink({ entry, compact }: { entry: CalendarEntry; compact?: boolean }) {
  return (
    <Link
      to={entryLink(entry)}
      className={`cal-entry cal-${entry.kind}${compact ? ' cal-compact' : ''}${entry.overdue ? ' cal-overdue' : ''}`}
      title={entry.overdue ? `${t('calendar.overdue')}: ${entry.title}` : entry.title}
      data-testid="calendar-entry"
      data-overdue={entry.overdue ? 'true' : undefined}
    >
      {entry.kind === 'report' ? (
        <FileDoneOutlined aria-label={t('plans.calendar.report')} />
      ) : (
        <ScheduleOutlined aria-label={t('plans.calendar.task')} />
      )}{' '}
      <span>{entry.title}</span>
    </Link>
  );
}

const TodayTag = () => (
  <span className="cal-today-tag" data-testid="calendar-today">
    {t('calendar.today')}
  </span>
);

/** Tasks still overdue from earlier months, shown at the top of the current month (issue 9 item 14). */
function CarriedOver({ entries }: { entries: CalendarEntry[] }) {
  if (!entries.length) return null;
  return (
    <section
      className="cal-carried"
      data-testid="calendar-carried"
      aria-label={t('calendar.carried', { count: entries.length })}
    >
      <strong>{t('calendar.carried', { count: entries.length })}</strong>
      <span className="muted small-text"> {t('calendar.carriedHelp')}</span>
      <ul className="plain-list">
        {entries.map((e) => (
          <li key={`${e.planId}-${e.taskId ?? e.title}`}>
            <EntryLink entry={e} />
            <span className="muted small-text">{t('calendar.dueOn', { date: formatDate(e.date) })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Lịch hạn: report deadlines and task deadlines by month; a list on phones, a month grid on larger screens. */
export function PlansCalendar() {
  const phone = usePhone();
  const [params, setParams] = useSearchParams();
  const monthParam = params.get('month');
  const month =
    monthParam && /^\d{4}-\d{2}$/.test(monthParam)
      ? dayjs(`${monthParam}-01`)
      : dayjs(todayIso()).startOf('month');
  const view = (params.get('view') as 'grid' | 'list' | null) ?? (phone ? 'list' : 'grid');
  const from = month.startOf('month').format('YYYY-MM-DD');
  const to = month.endOf('month').format('YYYY-MM-DD');
  const entries = usePlanCalendar(from, to);
  const set = (patch: Record<string, string>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(patch)) next.set(k, v);
      return next;
    });
  const go = (value: Dayjs) => set({ month: value.format('YYYY-MM') });
  const today = todayIso();
  const carried = (entries.data ?? []).filter((e) => e.carried);
  const byDate = new Map<string, CalendarEntry[]>();
  for (const e of entries.data ?? []) if (!e.carried) byDate.set(e.date, [...(byDate.get(e.date) ?? []), e]);
  // Today has its own line in the list even without a deadline, so the month reads from "now".
  const holdsToday = today >= from && today <= to;
  if (holdsToday && !byDate.has(today)) byDate.set(today, []);
  const days = [...byDate].sort(([a], [b]) => a.localeCompare(b));

  const list = days.length ? (
    <ol className="cal-list" data-testid="calendar-list">
      {days.map(([date, items]) => (
        <li key={date} className={date < today ? 'cal-past' : date === today ? 'cal-today' : undefined}>
          <div className="cal-date">
            {formatDate(date)} {date === today ? <TodayTag /> : null}
          </div>
          <div className="cal-items">
            {items.map((e) => (
              <EntryLink key={`${e.kind}-${e.planId}-${e.taskId ?? e.title}`} entry={e} />
            ))}
          </div>
        </li>
      ))}
    </ol>
  ) : (
    <Empty description={t('plans.calendar.empty', { month: month.format('MM/YYYY') })} />
  );

  return (
    <>
      <PageHeader title={t('plans.calendar.title')} subtitle={t('plans.calendar.subtitle')} />
      <PlansNav active="calendar" />
      <Card>
        <div className="cal-toolbar">
          <Space.Compact>
            <Button
              icon={<LeftOutlined />}
              onClick={() => go(month.subtract(1, 'month'))}
              aria-label={t('plans.calendar.prev')}
            />
            <DatePicker
              picker="month"
              value={month}
              onChange={(v) => v && go(v)}
              format="MM/YYYY"
              allowClear={false}
              aria-label={t('plans.calendar.month')}
            />
            <Button
              icon={<RightOutlined />}
              onClick={() => go(month.add(1, 'month'))}
              aria-label={t('plans.calendar.next')}
            />
          </Space.Compact>
          <Button onClick={() => go(dayjs(todayIso()))}>{t('plans.calendar.thisMonth')}</Button>
          <Segmented
            value={view}
            onChange={(v) => set({ view: String(v) })}
            options={[
              { value: 'list', label: t('plans.calendar.viewList') },
              { value: 'grid', label: t('plans.calendar.viewGrid') },
            ]}
          />
        </div>
        {entries.isError ? (
          <QueryError error={entries.error} onRetry={() => void entries.refetch()} />
        ) : entries.isPending ? (
          <Skeleton active paragraph={{ rows: 6 }} />
        ) : view === 'list' ? (
          <>
            <CarriedOver entries={carried} />
            {list}
          </>
        ) : (
          <>
            <CarriedOver entries={carried} />
            <Calendar
              value={month}
              headerRender={() => null}
              onPanelChange={(v) => go(v)}
              onSelect={(v, info) => info.source === 'date' && v.month() !== month.month() && go(v)}
              cellRender={(date, info) => {
                if (info.type !== 'date') return info.originNode;
                const iso = date.format('YYYY-MM-DD');
                const items = byDate.get(iso) ?? [];
                return (
                  <>
                    {iso === today ? <TodayTag /> : null}
                    {items.map((e) => (
                      <EntryLink key={`${e.kind}-${e.planId}-${e.taskId ?? e.title}`} entry={e} compact />
                    ))}
                  </>
                );
              }}
              className="plans-calendar"
            />
          </>
        )}
      </Card>
    </>
  );
}
