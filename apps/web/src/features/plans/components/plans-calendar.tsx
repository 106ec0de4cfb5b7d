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

const entryLink = (e: CalendarEntry) =>
  e.taskId ? `/plans/${e.planId}?task=${e.taskId}` : `/plans/${e.planId}?tab=dashboard`;

function EntryLink({ entry, compact }: { entry: CalendarEntry; compact?: boolean }) {
  return (
    <Link
      to={entryLink(entry)}
      className={`cal-entry cal-${entry.kind}${compact ? ' cal-compact' : ''}`}
      title={entry.title}
      data-testid="calendar-entry"
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
  const byDate = new Map<string, CalendarEntry[]>();
  for (const e of entries.data ?? []) byDate.set(e.date, [...(byDate.get(e.date) ?? []), e]);

  const list = byDate.size ? (
    <ol className="cal-list" data-testid="calendar-list">
      {[...byDate].map(([date, items]) => (
        <li key={date} className={date < todayIso() ? 'cal-past' : undefined}>
          <div className="cal-date">{formatDate(date)}</div>
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
          list
        ) : (
          <Calendar
            value={month}
            headerRender={() => null}
            onPanelChange={(v) => go(v)}
            onSelect={(v, info) => info.source === 'date' && v.month() !== month.month() && go(v)}
            cellRender={(date, info) => {
              if (info.type !== 'date') return info.originNode;
              const items = byDate.get(date.format('YYYY-MM-DD')) ?? [];
              return items.map((e) => (
                <EntryLink key={`${e.kind}-${e.planId}-${e.taskId ?? e.title}`} entry={e} compact />
              ));
            }}
            className="plans-calendar"
          />
        )}
      </Card>
    </>
  );
}
