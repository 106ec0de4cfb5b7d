import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber } from 'antd';
import { formatNumber } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { completeFigure, type FigureDraft } from '../lib/report-draft';

type FiguresEditorProps = {
  figures: FigureDraft[];
  onChange?: (figures: FigureDraft[]) => void;
  idPrefix: string;
};

/** Số liệu: label, value, unit rows; read-only as a plain list. */
export function FiguresEditor({ figures, onChange, idPrefix }: FiguresEditorProps) {
  if (!onChange) {
    if (figures.length === 0) return null;
    return (
      <ul className="figure-list">
        {figures.map((figure, index) => (
          <li key={index}>
            {figure.label}: <strong>{figure.value === null ? '—' : formatNumber(figure.value)}</strong>{' '}
            {figure.unit}
          </li>
        ))}
      </ul>
    );
  }
  const set = (index: number, patch: Partial<FigureDraft>) =>
    onChange(figures.map((figure, i) => (i === index ? { ...figure, ...patch } : figure)));
  return (
    <div className="figures-editor">
      {figures.map((figure, index) => {
        const half = !completeFigure(figure) && (figure.label.trim() !== '' || figure.value !== null);
        return (
          <div key={index} className="figure-edit-row">
            <Input
              id={`${idPrefix}-label-${index}`}
              value={figure.label}
              onChange={(event) => set(index, { label: event.target.value })}
              placeholder={t('reports.figure.label')}
              aria-label={t('reports.figure.label')}
              maxLength={200}
              status={half && !figure.label.trim() ? 'warning' : undefined}
              className="figure-label"
            />
            <InputNumber<number>
              value={figure.value}
              onChange={(value) => set(index, { value: value ?? null })}
              min={0}
              max={1_000_000_000}
              placeholder={t('reports.figure.value')}
              aria-label={t('reports.figure.value')}
              status={half && figure.value === null ? 'warning' : undefined}
              className="figure-value"
            />
            <Input
              value={figure.unit}
              onChange={(event) => set(index, { unit: event.target.value })}
              placeholder={t('reports.figure.unit')}
              aria-label={t('reports.figure.unit')}
              maxLength={40}
              className="figure-unit"
            />
            <Button
              icon={<DeleteOutlined />}
              onClick={() => onChange(figures.filter((_f, i) => i !== index))}
              aria-label={t('reports.figure.remove')}
            />
          </div>
        );
      })}
      {figures.some((f) => !completeFigure(f) && (f.label.trim() !== '' || f.value !== null)) ? (
        <div className="small-text text-warning">{t('reports.figure.incomplete')}</div>
      ) : null}
      {figures.length < 30 ? (
        <Button
          type="dashed"
          size="small"
          icon={<PlusOutlined />}
          onClick={() => onChange([...figures, { label: '', value: null, unit: '' }])}
        >
          {t('reports.figure.add')}
        </Button>
      ) : null}
    </div>
  );
}
