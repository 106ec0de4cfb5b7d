import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input } from 'antd';
import { t } from '../../../lib/i18n';

type TextListEditorProps = {
  id: string;
  items: string[];
  onChange: (items: string[]) => void;
  addLabel: string;
  itemLabel: (index: number) => string;
  multiline?: boolean;
  maxLength?: number;
};

/** A list of short texts (bases, recipients, requirements) to correct, add to or remove from. */
export function TextListEditor({
  id,
  items,
  onChange,
  addLabel,
  itemLabel,
  multiline,
  maxLength,
}: TextListEditorProps) {
  const set = (index: number, value: string) =>
    onChange(items.map((item, i) => (i === index ? value : item)));
  return (
    <div className="text-list">
      {items.map((item, index) => (
        <div className="text-list-item" key={index}>
          {multiline ? (
            <Input.TextArea
              id={index === 0 ? id : undefined}
              value={item}
              onChange={(e) => set(index, e.target.value)}
              autoSize={{ minRows: 1, maxRows: 8 }}
              aria-label={itemLabel(index)}
              maxLength={maxLength}
            />
          ) : (
            <Input
              id={index === 0 ? id : undefined}
              value={item}
              onChange={(e) => set(index, e.target.value)}
              aria-label={itemLabel(index)}
              maxLength={maxLength}
            />
          )}
          <Button
            type="text"
            icon={<DeleteOutlined />}
            onClick={() => onChange(items.filter((_v, i) => i !== index))}
            aria-label={t('plans.review.removeItem', { item: itemLabel(index) })}
          />
        </div>
      ))}
      <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => onChange([...items, ''])}>
        {addLabel}
      </Button>
    </div>
  );
}
