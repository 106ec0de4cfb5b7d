import { Alert, Button, Modal, Table, Tag, Upload } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../lib/errors';
import { t } from '../../../lib/i18n';
import { usePoliceApply, usePoliceDiff } from '../api/campaigns';

/** The commune police's answers: upload, see old → new ID per child, then apply them together. */
export function PoliceImport({ campaignId, onClose }: { campaignId: string; onClose: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const diff = usePoliceDiff(campaignId);
  const apply = usePoliceApply(campaignId);
  const choose = (chosen: File) => {
    setFile(chosen);
    diff.mutate(chosen);
    return Upload.LIST_IGNORE;
  };
  const rows = diff.data?.rows ?? [];
  return (
    <Modal
      open
      width={860}
      title={t('children.police.importTitle')}
      onCancel={onClose}
      footer={[
        <Button key="close" onClick={onClose}>
          {t('common.close')}
        </Button>,
        <Button
          key="apply"
          type="primary"
          disabled={!file || rows.length === 0}
          loading={apply.isPending}
          onClick={() => file && apply.mutate(file, { onSuccess: onClose })}
          data-testid="police-apply"
        >
          {t('children.police.apply', { count: rows.length })}
        </Button>,
      ]}
    >
      <Upload accept=".xlsx" beforeUpload={choose} showUploadList={false}>
        <Button loading={diff.isPending}>{t('children.police.choose')}</Button>
      </Upload>
      {diff.isError ? <Alert type="error" showIcon title={errorMessage(diff.error)} /> : null}
      {apply.isError ? <Alert type="error" showIcon title={errorMessage(apply.error)} /> : null}
      {diff.data ? (
        <>
          <Table
            rowKey="itemId"
            size="small"
            pagination={false}
            scroll={{ x: 'max-content', y: 360 }}
            dataSource={rows}
            data-testid="police-diff"
            columns={[
              { title: t('children.issues.row'), dataIndex: 'row' },
              { title: t('children.column.name'), dataIndex: 'fullName' },
              {
                title: t('children.police.oldId'),
                dataIndex: 'oldId',
                render: (v: string | null) => v ?? '—',
              },
              {
                title: t('children.police.newId'),
                dataIndex: 'newId',
                render: (v: string | null) => <span className="pair-diff">{v ?? '—'}</span>,
              },
              {
                title: t('children.police.result'),
                dataIndex: 'result',
                render: (v: string) => (
                  <Tag color={v === 'cong_an_xac_thuc' ? 'green' : 'red'}>
                    {t(`children.police.${v === 'cong_an_xac_thuc' ? 'verified' : 'returned'}`)}
                  </Tag>
                ),
              },
            ]}
          />
          {diff.data.rejected.length > 0 ? (
            <Alert
              type="warning"
              showIcon
              title={t('children.police.rejected', { count: diff.data.rejected.length })}
              description={diff.data.rejected
                .map((r) => `${t('children.matches.row', { row: r.row })} ${r.message}`)
                .join('; ')}
            />
          ) : null}
        </>
      ) : null}
    </Modal>
  );
}
