import type { ChildImportDecision, ChildImportDto } from '@vte/contracts';
import { Alert, Button, Card, Col, Row, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../lib/errors';
import { t } from '../../../lib/i18n';
import { useRunImport } from '../api/imports';
import { ImportIssues } from './import-issues';
import { ImportMatches } from './import-matches';

type ImportPreviewProps = { preview: ChildImportDto; onBack: () => void; onStarted: () => void };

/** Step 3: what would be saved, every issue, and the probable matches to confirm; then the run. */
export function ImportPreview({ preview, onBack, onStarted }: ImportPreviewProps) {
  const [decisions, setDecisions] = useState<Record<number, ChildImportDecision>>(() =>
    Object.fromEntries(preview.decisions.map((d) => [d.row, d])),
  );
  const run = useRunImport(preview.id);
  const { counts } = preview;
  const start = () => run.mutate(Object.values(decisions), { onSuccess: onStarted });
  return (
    <>
      <Card className="children-gap" data-testid="import-summary">
        <Row gutter={[16, 16]}>
          <Col xs={12} sm={6}>
            <Statistic title={t('children.preview.children')} value={counts.children} />
          </Col>
          <Col xs={12} sm={6}>
            <Statistic title={t('children.preview.valid')} value={counts.valid} data-testid="import-valid" />
          </Col>
          <Col xs={12} sm={6}>
            <Statistic
              title={t('children.preview.errorRows')}
              value={counts.errorRows}
              styles={{ content: { color: counts.errorRows ? '#cf1322' : undefined } }}
              data-testid="import-error-rows"
            />
          </Col>
          <Col xs={12} sm={6}>
            <Statistic title={t('children.preview.duplicates')} value={counts.duplicates} />
          </Col>
        </Row>
        <Typography.Paragraph type="secondary">
          {t('children.preview.help', { warnings: counts.warningRows, skipped: counts.skipped })}
        </Typography.Paragraph>
      </Card>
      <ImportMatches preview={preview} decisions={decisions} onChange={setDecisions} />
      <Card title={t('children.preview.issues', { count: preview.issuesTotal })}>
        <ImportIssues preview={preview} />
      </Card>
      {run.isError ? <Alert type="error" showIcon title={errorMessage(run.error)} /> : null}
      <div className="import-actions">
        <Button onClick={onBack}>{t('children.preview.backToMapping')}</Button>
        <Button
          type="primary"
          onClick={start}
          loading={run.isPending}
          disabled={counts.valid === 0}
          data-testid="import-run"
        >
          {t('children.preview.run', { count: counts.valid })}
        </Button>
      </div>
    </>
  );
}
