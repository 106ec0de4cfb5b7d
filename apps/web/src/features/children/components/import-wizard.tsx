import { useQueryClient } from '@tanstack/react-query';
import type { ChildImportDto } from '@vte/contracts';
import { Steps } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../../components/page-header';
import { t } from '../../../lib/i18n';
import { useImport } from '../api/imports';
import { childrenKeys } from '../api/keys';
import { ChildrenNav } from './children-nav';
import { ImportMapping } from './import-mapping';
import { ImportPreview } from './import-preview';
import { ImportResult } from './import-result';
import { ImportUpload, type DatedUnitPicker } from './import-upload';
import '../children.css';

type Step = 0 | 1 | 2 | 3;
type ImportWizardProps = { UnitPicker: DatedUnitPicker; defaultUnitId: string | null };

/** Nhập danh sách trẻ em: upload → mapping → preview and matches → run → result and rejects. */
export function ImportWizard({ UnitPicker, defaultUnitId }: ImportWizardProps) {
  const [step, setStep] = useState<Step>(0);
  const [id, setId] = useState<string | null>(null);
  const current = useImport(id);
  const queryClient = useQueryClient();
  const show = (data: ChildImportDto, next: Step) => {
    queryClient.setQueryData(childrenKeys.importOne(data.id), data);
    setId(data.id);
    setStep(next);
  };
  const data = current.data;
  return (
    <>
      <PageHeader title={t('children.import.title')} subtitle={t('children.import.subtitle')} />
      <ChildrenNav active="import" />
      <Steps
        current={step}
        size="small"
        responsive
        className="import-steps"
        items={[
          { title: t('children.import.step.upload') },
          { title: t('children.import.step.mapping') },
          { title: t('children.import.step.preview') },
          { title: t('children.import.step.run') },
        ]}
      />
      {step === 0 ? (
        <ImportUpload UnitPicker={UnitPicker} defaultUnitId={defaultUnitId} onPreview={(p) => show(p, 1)} />
      ) : null}
      {step === 1 && data ? <ImportMapping preview={data} onDone={(p) => show(p, 2)} /> : null}
      {step === 2 && data ? (
        <ImportPreview preview={data} onBack={() => setStep(1)} onStarted={() => setStep(3)} />
      ) : null}
      {step === 3 && data ? (
        <ImportResult
          data={data}
          onAgain={() => {
            setId(null);
            setStep(0);
          }}
        />
      ) : null}
    </>
  );
}
