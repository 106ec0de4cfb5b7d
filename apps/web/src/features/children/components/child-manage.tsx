import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Divider, Typography } from 'antd';
import { useState } from 'react';
import { formatDate, formatValidity } from '../../../lib/format';
import { t, type MessageKey } from '../../../lib/i18n';
import type { ChildDto } from '../api/child';
import type { SubKind } from '../api/child-manage';
import type { CodeLists } from '../api/register';
import { codeLabel } from '../lib/child-format';
import { SubRecordModal } from './child-sub-modal';

type Row = Record<string, unknown> & { id: string };
type Editing = { kind: SubKind; row?: Row } | null;

/** One line per sub-record: what it is, its dates, and the button that changes it. */
function describe(kind: SubKind, row: Row, codes: CodeLists | undefined): string {
  const s = (k: string) => (row[k] as string | null) ?? null;
  const period = (from: string | null, to: string | null) => (from ? formatValidity(from, to) : '');
  if (kind === 'guardians')
    return [codeLabel(codes, 'relation', s('relation')), s('fullName'), s('phone')]
      .filter(Boolean)
      .join(' · ');
  if (kind === 'circumstances')
    return [
      codeLabel(codes, 'circumstance_group', s('groupCode')),
      codeLabel(codes, 'circumstance_subtype', s('subtypeCode')),
      period(s('fromDate'), s('toDate')),
    ]
      .filter(Boolean)
      .join(' · ');
  if (kind === 'risks')
    return [codeLabel(codes, 'risk', s('riskCode')), period(s('fromDate'), s('toDate'))]
      .filter(Boolean)
      .join(' · ');
  const withdrawn = s('withdrawnOn');
  return [
    codeLabel(codes, 'consent_purpose', s('purpose')),
    s('representativeName'),
    formatDate(s('givenOn')),
    withdrawn ? t('children.section.withdrawn', { date: formatDate(withdrawn) }) : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

const KINDS: SubKind[] = ['guardians', 'circumstances', 'risks', 'consents'];

/** Cập nhật hồ sơ (children.manage): guardians, circumstances, risks and consents, each added or changed. */
export function ChildManageCard({ child, codes }: { child: ChildDto; codes: CodeLists | undefined }) {
  const [editing, setEditing] = useState<Editing>(null);
  const rows = (kind: SubKind) => child[kind] as unknown as Row[];
  return (
    <Card size="small" title={t('children.screens.manage.title')} data-testid="child-manage">
      {KINDS.map((kind, index) => (
        <div key={kind} data-testid={`manage-${kind}`}>
          {index > 0 ? <Divider className="child-manage-divider" /> : null}
          <Typography.Text strong>{t(`children.screens.sub.${kind}.title` as MessageKey)}</Typography.Text>
          <ul className="child-manage-list">
            {rows(kind).map((row) => (
              <li key={row.id}>
                <span>{describe(kind, row, codes)}</span>
                {kind === 'consents' && row.withdrawnOn ? null : (
                  <Button
                    size="small"
                    onClick={() => setEditing({ kind, row })}
                    data-testid={`manage-${kind}-edit`}
                  >
                    {t(kind === 'consents' ? 'children.screens.sub.withdraw' : 'common.edit')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
          <Button
            size="small"
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => setEditing({ kind })}
            data-testid={`manage-${kind}-add`}
          >
            {t(`children.screens.sub.${kind}.add` as MessageKey)}
          </Button>
          {kind === 'consents' ? (
            <Typography.Paragraph type="secondary" className="children-gap">
              {t('children.screens.sub.consentHelp')}
            </Typography.Paragraph>
          ) : null}
        </div>
      ))}
      {editing ? (
        <SubRecordModal
          childId={child.id}
          kind={editing.kind}
          row={editing.row}
          codes={codes}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Card>
  );
}
