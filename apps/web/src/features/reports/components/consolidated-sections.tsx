import type { ParagraphDto, SectionDto } from '@vte/contracts';
import { Input, Tag } from 'antd';
import { t } from '../../../lib/i18n';

const ROLE_LABELS = {
  lead: 'reports.role.lead',
  partner: 'reports.role.partner',
  unit: 'reports.role.unit',
} as const;

function SourceLine({ paragraph }: { paragraph: ParagraphDto }) {
  const { source } = paragraph;
  return (
    <div className="paragraph-meta small-text">
      {source ? (
        <span className="muted">
          {t('reports.cons.source', {
            name: source.name,
            role: t(ROLE_LABELS[source.role]),
            version: source.version,
          })}
        </span>
      ) : (
        <span className="muted">{t('reports.cons.noSource')}</span>
      )}
      {paragraph.edited ? <Tag color="blue">{t('reports.cons.edited')}</Tag> : null}
      {paragraph.stale ? <Tag color="orange">{t('reports.cons.stale')}</Tag> : null}
    </div>
  );
}

type ConsolidatedSectionsProps = {
  sections: SectionDto[];
  texts: Record<string, string>;
  onChange?: (paragraphId: string, text: string) => void;
};

/** The body of the consolidated report: each section's paragraphs, with where each came from. */
export function ConsolidatedSections({ sections, texts, onChange }: ConsolidatedSectionsProps) {
  if (sections.length === 0) return <p className="muted">{t('reports.cons.noSections')}</p>;
  return (
    <div className="cons-sections">
      {sections.map((section) => (
        <section key={section.key} className="cons-section" aria-labelledby={`sec-${section.key}`}>
          <h3 id={`sec-${section.key}`} className="cons-section-title">
            {section.title}
          </h3>
          {section.paragraphs.length === 0 ? <p className="muted">{t('reports.empty')}</p> : null}
          {section.paragraphs.map((paragraph) => (
            <div
              key={paragraph.id}
              className={`cons-paragraph${paragraph.stale ? ' is-stale' : ''}`}
              data-testid="cons-paragraph"
            >
              {onChange ? (
                <Input.TextArea
                  value={texts[paragraph.id] ?? paragraph.text}
                  onChange={(event) => onChange(paragraph.id, event.target.value)}
                  autoSize={{ minRows: 2, maxRows: 16 }}
                  maxLength={20000}
                  aria-label={`${section.title} — ${paragraph.source?.name ?? ''}`}
                />
              ) : (
                <p className="pre-wrap read-text">{texts[paragraph.id] ?? paragraph.text}</p>
              )}
              <SourceLine paragraph={paragraph} />
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
