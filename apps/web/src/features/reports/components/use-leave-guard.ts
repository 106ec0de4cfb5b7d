import { App } from 'antd';
import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';
import { t } from '../../../lib/i18n';
import type { ReportEditor } from './use-report-editor';

/**
 * In-app navigation (side menu, links, back button) with unsaved changes asks first: save and
 * leave, or stay. A save that fails keeps the user on the page with the reason (issue 9 item 1).
 * Closing the tab is the browser's own warning (use-report-editor.ts).
 */
export function useLeaveGuard(editor: ReportEditor): void {
  const { modal, message } = App.useApp();
  // The editor is a new object each render; the dialog reads the latest through a ref.
  const current = useRef(editor);
  current.current = editor;
  const halted = editor.save.status === 'stale' || editor.save.status === 'locked';
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      !halted && currentLocation.pathname !== nextLocation.pathname && editor.unsaved(),
  );
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: t('reports.leave.title'),
      content: t('reports.leave.body'),
      okText: t('reports.leave.save'),
      cancelText: t('reports.leave.stay'),
      onOk: async () => {
        // A save already on its way may leave newer edits for one more.
        for (let i = 0; i < 3 && current.current.unsaved(); i += 1) await current.current.flush();
        if (current.current.unsaved()) {
          void message.error(t('reports.leave.failed'));
          blocker.reset();
        } else blocker.proceed();
      },
      onCancel: () => blocker.reset(),
    });
  }, [blocker, modal, message]);
}
