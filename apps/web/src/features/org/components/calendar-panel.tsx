import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { CalendarDayDto } from '@vte/contracts';
import {
  Alert,
  App,
  Button,
  InputNumber,
  List,
  Popconfirm,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { QueryError } from '../../../components/query-error';
import { useApiErrorHandler } from '../../../lib/errors';
import { formatDate } from '../../../lib/format';
import { usePhone } from '../../../lib/hooks';
import { t, type MessageKey } from '../../../lib/i18n';
import { useCalendarYear, useDeleteCalendarDay } from '../api/calendar';
import { CalendarDayModal, type CalendarDayTarget } from './calendar-day-modal';

const weekday = (date: string) =>
  t(`calendar.weekday.${new Date(`${date}T00:00:00Z`).getUTCDay()}` as MessageKey);
const dateLabel = (date: string) => `${weekday(date)}, ${formatDate(date)}`;

function KindTag({ day }: { day: CalendarDayDto }) {
  return day.kind === 'holiday' ? (
    <Tag color="red">{t('calendar.kind.holiday')}</Tag>
  ) : (
    <Tag color="blue">{t('calendar.kind.workday')}</Tag>
  );
}

const CheckedTag = ({ day }: { day: CalendarDayDto }) =>
  day.confirmed ? (
    <Tag color="green">{t('calendar.confirmed')}</Tag>
  ) : (
    <Tag color="gold">{t('calendar.notConfirmed')}</Tag>
  );

/**
 * The national working calendar: a year's days off and make-up days, which working-day deadlines
 * count with. Everyone with the catalogue sees it; only a national administrator changes it.
 */
export function CalendarPanel({ canEdit }: { canEdit: boolean }) {
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [target, setTarget] = useState<CalendarDayTarget | null>(null);
  const query = useCalendarYear(year);
  const remove = useDeleteCalendarDay();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const phone = usePhone();
  const days = query.data?.days ?? [];
  const unchecked = days.filter((d) => !d.confirmed).length;

  const actions = (day: CalendarDayDto) =>
    canEdit ? (
      <Space size={4}>
        <Button
          size="small"
          icon={<EditOutlined aria-hidden />}
          aria-label={t('calendar.edit', { date: formatDate(day.date) })}
          onClick={() => setTarget({ mode: 'edit', day })}
        />
        <Popconfirm
          title={t('calendar.deleteConfirm', { date: formatDate(day.date) })}
          okText={t('calendar.deleteOk')}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            remove.mutate(day.date, {
              onSuccess: () => void message.success(t('calendar.deleted', { date: formatDate(day.date) })),
              onError: (e) => onError(e),
            })
          }
        >
          <Button
            size="small"
            danger
            icon={<DeleteOutlined aria-hidden />}
            aria-label={t('calendar.delete', { date: formatDate(day.date) })}
          />
        </Popconfirm>
      </Space>
    ) : null;

  return (
    <div data-testid="calendar-panel">
      <Typography.Paragraph type="secondary">{t('calendar.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <label htmlFor="calendar-year">{t('calendar.year')}</label>
        <InputNumber
          id="calendar-year"
          min={2000}
          max={2100}
          value={year}
          onChange={(v) => v && setYear(v)}
        />
        {canEdit ? (
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setTarget({ mode: 'create', year })}
          >
            {t('calendar.add')}
          </Button>
        ) : (
          <Typography.Text type="secondary">{t('calendar.nationalOnly')}</Typography.Text>
        )}
      </Space>
      {query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.isPending ? <Skeleton active /> : null}
      {query.data && !query.data.years.includes(year) ? (
        <Alert
          type="warning"
          showIcon
          message={t('calendar.missingYear', { year })}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      {unchecked > 0 ? (
        <Alert
          type="info"
          showIcon
          message={t('calendar.unchecked', { count: unchecked })}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      {query.data && phone ? (
        <List
          dataSource={days}
          locale={{ emptyText: t('calendar.empty') }}
          renderItem={(day) => (
            <List.Item actions={[actions(day)]} data-testid="calendar-day">
              <List.Item.Meta
                title={
                  <Space wrap size={4}>
                    <span>{dateLabel(day.date)}</span>
                    <KindTag day={day} />
                  </Space>
                }
                description={
                  <>
                    {day.name} <CheckedTag day={day} />
                  </>
                }
              />
            </List.Item>
          )}
        />
      ) : null}
      {query.data && !phone ? (
        <Table
          rowKey="date"
          size="small"
          pagination={false}
          dataSource={days}
          locale={{ emptyText: t('calendar.empty') }}
          onRow={() => ({ 'data-testid': 'calendar-day' }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('calendar.column.date'), dataIndex: 'date', render: (d: string) => dateLabel(d) },
            { title: t('calendar.column.kind'), key: 'kind', render: (_, day) => <KindTag day={day} /> },
            { title: t('calendar.column.name'), dataIndex: 'name' },
            {
              title: t('calendar.column.status'),
              key: 'status',
              render: (_, day) => <CheckedTag day={day} />,
            },
            ...(canEdit
              ? [
                  {
                    title: t('calendar.column.actions'),
                    key: 'actions',
                    render: (_: unknown, day: CalendarDayDto) => actions(day),
                  },
                ]
              : []),
          ]}
        />
      ) : null}
      <CalendarDayModal target={target} onClose={() => setTarget(null)} />
    </div>
  );
}
