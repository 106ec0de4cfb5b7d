import type { ChildImportDecision, ChildImportDto } from '@vte/contracts';
import { Card, Radio, Typography } from 'antd';
import { t } from '../../../lib/i18n';
import { dobLabel } from '../lib/child-format';

type Decisions = Record<number, ChildImportDecision>;
type ImportMatchesProps = {
  preview: ChildImportDto;
  decisions: Decisions;
  onChange: (decisions: Decisions) => void;
};

/** Rows that look like a child already in the register: the user says "same child" or "new child". */
export function ImportMatches({ preview, decisions, onChange }: ImportMatchesProps) {
  if (preview.matches.length === 0) return null;
  return (
    <Card
      size="small"
      title={t('children.matches.title', { count: preview.matches.length })}
      className="children-gap"
    >
      {preview.matches.map((match) => {
        const current = decisions[match.row];
        const value = current?.action ?? (match.kind === 'same_id' ? 'update' : undefined);
        return (
          <div
            key={`${match.row}-${match.child.id}`}
            className="children-gap"
            data-testid={`match-row-${match.row}`}
          >
            <Typography.Text strong>{t('children.matches.row', { row: match.row })}</Typography.Text>{' '}
            {t('children.matches.looksLike', {
              name: match.child.fullName,
              dob: dobLabel(match.child.dob, match.child.dobPrecision),
              score: Math.round(match.score * 100),
            })}
            <div>
              <Radio.Group
                value={value}
                onChange={(event) =>
                  onChange({
                    ...decisions,
                    [match.row]: {
                      row: match.row,
                      action: event.target.value as 'new' | 'update' | 'skip',
                      childId: event.target.value === 'update' ? match.child.id : undefined,
                    },
                  })
                }
                options={[
                  { value: 'update', label: t('children.matches.update') },
                  { value: 'new', label: t('children.matches.new') },
                  { value: 'skip', label: t('children.matches.skip') },
                ]}
              />
            </div>
          </div>
        );
      })}
    </Card>
  );
}
