import { DownloadOutlined } from '@ant-design/icons';
import type { ChildImportDto } from '@vte/contracts';
import { Alert, Button, Card, Descriptions, Progress, Result } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../../lib/errors';
import { t } from '../../../lib/i18n';
import { downloadRejects } from '../api/imports';

type ImportResultProps = { data: ChildImportDto; onAgain: () => void };

/** Step 4: the job's progress, then what it did and the rejects workbook to fix and import again. */
export function ImportResult({ data, onAgain }: ImportResultProps) {
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string | null>(null);
  if (data.status === 'queued' || data.status === 'running')
    return (
      <Card>
        <Progress percent={data.progress} status="active" data-testid="import-progress" />
        <p>{t('children.result.running')}</p>
      </Card>
    );
  if (data.status === 'failed')
    return <Result status="error" title={t('children.result.failed')} subTitle={data.error ?? ''} />;
  const result = data.result;
  return (
    <Card data-testid="import-result">
      <Result status="success" title={t('children.result.done')} />
      {result ? (
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            {
              key: 'created',
              label: t('children.result.created'),
              children: <span data-testid="import-created">{result.created}</span>,
            },
            {
              key: 'updated',
              label: t('children.result.updated'),
              children: <span data-testid="import-updated">{result.updated}</span>,
            },
            { key: 'unchanged', label: t('children.result.unchanged'), children: result.unchanged },
            {
              key: 'rejected',
              label: t('children.result.rejected'),
              children: <span data-testid="import-rejected">{result.rejected}</span>,
            },
          ]}
        />
      ) : null}
      {failure ? <Alert type="error" showIcon title={failure} /> : null}
      <div className="import-actions">
        {data.hasRejects ? (
          <Button
            icon={<DownloadOutlined />}
            onClick={() =>
              void downloadRejects(data.id).catch((error: unknown) => setFailure(errorMessage(error)))
            }
            data-testid="import-rejects"
          >
            {t('children.result.rejects')}
          </Button>
        ) : null}
        <Button onClick={onAgain} data-testid="import-again">
          {t('children.result.again')}
        </Button>
        <Button type="primary" onClick={() => void navigate('/children')}>
          {t('children.result.toRegister')}
        </Button>
      </div>
    </Card>
  );
}
