import { App, Steps } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useBlocker, useNavigate } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { usePhone } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import { asParsedPreview, initReview, type Review } from './import-model';
import { ImportReview } from './import-review';
import { ImportUpload, type UnitPickerComponent } from './import-upload';
import '../plans.css';
import '../plan-import.css';

type ImportWizardProps = {
  UnitPicker: UnitPickerComponent;
  defaultUnit: { id: string; name: string } | null;
};

/** Nhập kế hoạch: upload → review every field against its source → save whole, or nothing. */
export function ImportWizard({ UnitPicker, defaultUnit }: ImportWizardProps) {
  const [review, setReview] = useState<Review | null>(null);
  const [attempt, setAttempt] = useState(0);
  const leaving = useRef(false);
  const navigate = useNavigate();
  const phone = usePhone();
  const { modal, message } = App.useApp();

  // The review is unsaved work: ask before leaving it (menu, back button, closing the tab).
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      review !== null && !leaving.current && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: t('plans.import.leaveTitle'),
      content: t('plans.import.leaveText'),
      okText: t('plans.import.leaveOk'),
      okButtonProps: { danger: true },
      cancelText: t('plans.import.stay'),
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker, modal]);
  useEffect(() => {
    if (!review) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [review]);

  const back = () =>
    modal.confirm({
      title: t('plans.import.backTitle'),
      content: t('plans.import.leaveText'),
      okText: t('plans.import.backOk'),
      cancelText: t('plans.import.stay'),
      onOk: () => {
        setReview(null);
        window.scrollTo({ top: 0 });
      },
    });

  return (
    <>
      <PageHeader title={t('plans.import.title')} subtitle={t('plans.import.subtitle')} />
      <Steps
        current={review ? 1 : 0}
        className="import-steps"
        size="small"
        responsive={false}
        titlePlacement={phone ? 'vertical' : 'horizontal'}
        items={[
          { title: t('plans.import.step.upload') },
          { title: t('plans.import.step.review') },
          { title: t('plans.import.step.save') },
        ]}
      />
      {review ? (
        <ImportReview
          key={attempt}
          initial={review}
          onBack={back}
          onSaved={(id) => {
            leaving.current = true;
            void navigate(`/plans/${id}`);
          }}
        />
      ) : (
        <ImportUpload
          UnitPicker={UnitPicker}
          defaultUnit={defaultUnit}
          onParsed={(preview, unitId, filename) => {
            const parsed = asParsedPreview(preview.parsed);
            if (!parsed) {
              void message.error(t('plans.import.unreadable'));
              return;
            }
            setAttempt((n) => n + 1);
            setReview(initReview(parsed, preview.matches, unitId, filename));
            window.scrollTo({ top: 0 });
          }}
        />
      )}
    </>
  );
}
