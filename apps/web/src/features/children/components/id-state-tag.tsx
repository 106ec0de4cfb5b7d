import { Tag } from 'antd';
import { t } from '../../../lib/i18n';
import { codeLabel } from '../lib/child-format';

const COLORS: Record<string, string> = {
  chua_co: 'default',
  sai_dinh_dang: 'red',
  thieu_thong_tin: 'orange',
  da_gui_cong_an: 'blue',
  cong_an_xac_thuc: 'green',
  cong_an_tra_lai: 'red',
  da_cap_nhat: 'green',
};

type IdStateTagProps = {
  code: string | null;
  codes: Map<string, { code: string; label: string }[]> | undefined;
};

/** The personal ID's verification state (Công văn 2513 steps), coloured by how far it got. */
export function IdStateTag({ code, codes }: IdStateTagProps) {
  if (!code) return <Tag>{t('children.idState.none')}</Tag>;
  return <Tag color={COLORS[code] ?? 'default'}>{codeLabel(codes, 'id_verification', code)}</Tag>;
}
