import { Alert, App, Modal } from 'antd';
import { usePhone } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import type { GenerateResult } from '../api/consolidated';

type ConflictsModalProps = {
  conflicts: GenerateResult['conflicts'];
  replacing: boolean;
  onReplace: () => Promise<unknown>;
  onClose: () => void;
};

/**
 * After a regeneration that kept hand edits whose source changed: show them, and offer to replace
 * them with the new content (after a confirmation, because the hand edits are lost).
 */
export function ConflictsModal({ conflicts, replacing, onReplace, onClose }: ConflictsModalProps) {
  const { modal } = App.useApp();
  const phone = usePhone();
  return (
    <Modal
      open
      title={t('reports.conflicts.title', { count: conflicts.length })}
      onCancel={onClose}
      cancelText={t('reports.conflicts.keep')}
      okText={t('reports.conflicts.replace')}
      okButtonProps={{ danger: true, 'data-testid': 'conflicts-replace' }}
      confirmLoading={replacing}
      onOk={() =>
        modal.confirm({
          title: t('reports.conflicts.replace'),
          content: t('reports.conflicts.replaceConfirm'),
          okText: t('reports.conflicts.replace'),
          okButtonProps: { danger: true },
          cancelText: t('common.cancel'),
          onOk: async () => {
            await onReplace();
            onClose();
          },
        })
      }
      width={phone ? '100%' : 680}
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={t('reports.conflicts.help')} className="form-alert" />
      <ul className="conflict-list" data-testid="conflicts">
        {conflicts.map((conflict) => (
          <li key={conflict.id}>
            <strong>{conflict.section}</strong>
            <p className="pre-wrap">{conflict.text}</p>
          </li>
        ))}
      </ul>
    </Modal>
  );
}
