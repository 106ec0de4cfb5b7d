import { ToolOutlined } from '@ant-design/icons';
import { Button, Card, Result } from 'antd';
import { useNavigate } from 'react-router';
import { t } from '../lib/i18n';
import { PageHeader } from './page-header';

type UnderConstructionProps = { title: string; description: string };

/** A module that is planned but not built yet: says so plainly, and what it will do. */
export function UnderConstruction({ title, description }: UnderConstructionProps) {
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title={title} />
      <Card>
        <Result
          icon={<ToolOutlined />}
          title={t('common.underConstruction')}
          subTitle={description}
          extra={
            <Button type="primary" onClick={() => void navigate('/')}>
              {t('common.backHome')}
            </Button>
          }
        />
      </Card>
    </>
  );
}
