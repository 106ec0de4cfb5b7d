import { Grid, List, Pagination, Table, type TableColumnType, type TableProps } from 'antd';
import type { Breakpoint } from 'antd';
import { useState, type Key, type ReactNode } from 'react';
import { t } from '../lib/i18n';
import './responsive-table.css';

/**
 * A table column that knows where it fits (issue 9 item 13): `from` is the smallest screen where it is a
 * column of its own (below it, its value folds under the first column, labelled, so nothing is lost);
 * on phones every row becomes a card: `card: 'title'` heads it, 'actions' sits in its corner.
 */
export type ResponsiveColumn<T> = Omit<TableColumnType<T>, 'responsive' | 'dataIndex'> & {
  key: string;
  dataIndex?: keyof T & string;
  from?: Breakpoint;
  card?: 'title' | 'actions' | 'hidden';
};

export type ResponsiveTableProps<T> = Omit<TableProps<T>, 'columns' | 'scroll'> & {
  columns: ResponsiveColumn<T>[];
  rowKey: keyof T & string;
  'data-testid'?: string;
};

function cellOf<T>(col: ResponsiveColumn<T>, row: T, index: number): ReactNode {
  const value = col.dataIndex ? row[col.dataIndex] : undefined;
  return col.render ? (col.render(value, row, index) as ReactNode) : (value as ReactNode);
}

type CardProps<T> = {
  row: T;
  index: number;
  columns: ResponsiveColumn<T>[];
  expandable: TableProps<T>['expandable'];
};

function Card<T>({ row, index, columns, expandable }: CardProps<T>) {
  // The detail is drawn only once opened (the audit log's before/after is a table of its own).
  const [more, setMore] = useState(false);
  const title = columns.find((c) => c.card === 'title') ?? columns[0]!;
  const actions = columns.find((c) => c.card === 'actions');
  const fields = columns.filter((c) => c !== title && c !== actions && c.card !== 'hidden');
  return (
    <article className="rt-card" data-testid="table-card">
      <header className="rt-card-head">
        <div className="rt-card-title">{cellOf(title, row, index)}</div>
        {actions ? <div className="rt-card-actions">{cellOf(actions, row, index)}</div> : null}
      </header>
      <dl className="rt-card-fields">
        {fields.map((c) => (
          <div key={c.key} className="rt-card-field">
            <dt>{c.title as ReactNode}</dt>
            <dd>{cellOf(c, row, index)}</dd>
          </div>
        ))}
      </dl>
      {expandable?.expandedRowRender && (expandable.rowExpandable?.(row) ?? true) ? (
        <details className="rt-card-more" onToggle={(e) => setMore(e.currentTarget.open)}>
          <summary>{t('table.more')}</summary>
          {more ? expandable.expandedRowRender(row, index, 0, true) : null}
        </details>
      ) : null}
    </article>
  );
}

/** The page of cards on phones: the table's own pagination and change handler, sort kept. */
function Cards<T>(props: ResponsiveTableProps<T>) {
  const { columns, dataSource = [], rowKey, pagination, onChange, loading, locale, expandable } = props;
  const sorted = columns.find((c) => c.sortOrder);
  const paging = pagination === false ? null : (pagination ?? null);
  const turn = (page: number, pageSize: number) => {
    paging?.onChange?.(page, pageSize);
    if (!paging?.onChange)
      onChange?.(
        { current: page, pageSize },
        {},
        sorted ? { columnKey: sorted.key, order: sorted.sortOrder } : {},
        { action: 'paginate', currentDataSource: [...dataSource] },
      );
  };
  return (
    <div className="rt-cards" data-testid={props['data-testid']}>
      <List<T>
        dataSource={[...dataSource]}
        loading={loading === true || (typeof loading === 'object' && loading.spinning === true)}
        locale={{ emptyText: locale?.emptyText as ReactNode }}
        rowKey={(row) => row[rowKey] as Key}
        renderItem={(row, index) => (
          <Card row={row} index={index} columns={columns} expandable={expandable} />
        )}
      />
      {paging && (paging.total ?? 0) > (paging.pageSize ?? 10) ? (
        <Pagination
          simple
          className="rt-cards-pagination"
          current={paging.current}
          pageSize={paging.pageSize}
          total={paging.total}
          onChange={turn}
        />
      ) : null}
    </div>
  );
}

/** One table for lists: columns chosen per width, cards on phones, no sideways scrolling. */
export function ResponsiveTable<T extends object>(props: ResponsiveTableProps<T>) {
  const screens = Grid.useBreakpoint();
  // Before the first measure the breakpoints are empty: assume a desktop rather than flash cards.
  const measured = Object.keys(screens).length > 0;
  if (measured && !screens.sm) return <Cards {...props} />;
  const shown = (c: ResponsiveColumn<T>) => !c.from || !measured || screens[c.from] === true;
  const folded = props.columns.filter((c) => !shown(c) && c.card !== 'actions');
  const columns: TableColumnType<T>[] = props.columns.filter(shown).map((c, i) => {
    const { from: _from, card: _card, ...col } = c;
    if (i > 0 || !folded.length) return col;
    return {
      ...col,
      render: (value: unknown, row: T, index: number) => (
        <>
          {cellOf(c, row, index)}
          {folded.map((f) => (
            <div key={f.key} className="rt-folded">
              <span className="rt-folded-label">{f.title as ReactNode}: </span>
              {cellOf(f, row, index)}
            </div>
          ))}
        </>
      ),
    };
  });
  const { columns: _c, ...rest } = props;
  return <Table<T> {...rest} className={`rt-table ${props.className ?? ''}`} columns={columns} />;
}
