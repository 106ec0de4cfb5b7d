import { Radio, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { t } from '../../../lib/i18n';

export type PairRow = { key: string; label: string; a: string; b: string; differs: boolean };
type Side = 'left' | 'right';

type PairStackProps = {
  rows: PairRow[];
  survivor: Side;
  onSurvivor: (side: Side) => void;
  /** The value as shown in the table: a radio when the field is chosen, else the text. */
  pick: (key: string, side: Side, text: string, differs: boolean) => ReactNode;
};

/**
 * The two records on a phone: field by field (label, A, B, "khác nhau"), so both stay readable at
 * 375 px where two columns would push one of them off the screen.
 */
export function PairStack({ rows, survivor, onSurvivor, pick }: PairStackProps) {
  return (
    <>
      <Radio.Group
        value={survivor}
        onChange={(event) => onSurvivor(event.target.value as Side)}
        className="children-gap"
      >
        <Radio value="left" data-testid="dup-keep-left">
          {t('children.screens.pair.keepA')}
        </Radio>
        <Radio value="right" data-testid="dup-keep-right">
          {t('children.screens.pair.keepB')}
        </Radio>
      </Radio.Group>
      <ul className="pair-stack" data-testid="pair-stack">
        {rows.map((row) => (
          <li key={row.key} className={row.differs ? 'pair-diff' : ''} data-testid={`pair-field-${row.key}`}>
            <Typography.Text strong>{row.label}</Typography.Text>{' '}
            {row.differs ? <Tag color="orange">{t('children.screens.pair.differs')}</Tag> : null}
            <div className="pair-stack-value">
              <Tag>A</Tag>
              <div>{pick(row.key, 'left', row.a, row.differs)}</div>
            </div>
            <div className="pair-stack-value">
              <Tag>B</Tag>
              <div>{pick(row.key, 'right', row.b, row.differs)}</div>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
