import { Card, Empty, Spin, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { CodeLists, RegisterRow } from '../api/register';
import { birthLabel, codeLabel, sexLabel } from '../lib/child-format';
import { IdStateTag } from './id-state-tag';

type RegisterCardsProps = {
  rows: RegisterRow[];
  loading: boolean;
  canOpen: boolean;
  codes: CodeLists | undefined;
  emptyText: string;
};

/**
 * The register on a phone: one card per child instead of a table, so nothing scrolls sideways.
 * The name is masked exactly as in the table (list-only roles get initials and no link).
 */
export function RegisterCards({ rows, loading, canOpen, codes, emptyText }: RegisterCardsProps) {
  if (!rows.length) return loading ? <Spin className="children-gap" /> : <Empty description={emptyText} />;
  return (
    <ul className="register-cards" data-testid="children-cards" aria-busy={loading}>
      {rows.map((row) => (
        <li key={row.id}>
          <Card size="small" className="register-card" data-testid="child-card">
            {canOpen && !row.masked ? (
              <Link to={`/children/${row.id}`} state={{ purpose: 'quan_ly' }} data-testid="child-open">
                <Typography.Text strong>{row.name}</Typography.Text>
              </Link>
            ) : (
              <Typography.Text strong data-testid="child-masked">
                {row.name}
              </Typography.Text>
            )}
            <div className="register-card-meta">
              {[birthLabel(row), sexLabel(row.sex)].filter(Boolean).join(' · ')}
            </div>
            <div className="register-card-meta">{[row.hamlet, row.unitName].filter(Boolean).join(', ')}</div>
            {row.masked ? null : (
              <div className="register-card-tags">
                <IdStateTag code={row.idVerification} codes={codes} />
                {row.groups.map((code) => (
                  <Tag key={code}>{codeLabel(codes, 'circumstance_group', code)}</Tag>
                ))}
              </div>
            )}
          </Card>
        </li>
      ))}
    </ul>
  );
}
