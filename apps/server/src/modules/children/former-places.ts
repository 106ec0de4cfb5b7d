// Two import checks kept out of the reader's files (docs/children-import.md): a loose label that may
// mean several groups asks for a choice, and an address naming a former commune is flagged.
import { ambiguousCodes, seededCode } from './codes';
import type { RowReader } from './import-read/row-reader';
import type { UnitLookup } from './import-read/types';

const letter = (code: string) => (code === 'dd' ? 'đ' : code);

/** "“mồ côi” có thể là nhóm a hoặc c…", or null when the label is not an ambiguous one. */
export function ambiguousGroupMessage(label: string): string | null {
  const codes = ambiguousCodes('circumstance_group', label);
  if (!codes) return null;
  const options = codes
    .map((c) => `${letter(c)}) ${seededCode('circumstance_group', c)?.label ?? c}`)
    .join('; ');
  return `“${label}” chưa rõ thuộc nhóm nào (${options}; hoặc không thuộc nhóm nào): chưa ghi nhóm, giữ ở ghi chú — chọn nhóm trên trang của trẻ.`;
}

/**
 * An address column that names a commune which no longer exists ("An Vĩnh", "Thôn Đông, xã An Hải"):
 * the text stays as written and the child under the import's unit, with the same warning as the
 * place column. Only a whole comma-separated part that is a unit's name counts.
 */
export function flagFormerInAddress(rd: RowReader, address: string | null, units: UnitLookup): void {
  if (!address) return;
  const former = address
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => ({ part, unit: units.find(part) }))
    .find((p) => p.unit?.state === 'former');
  if (!former) return;
  rd.issue(
    rd.header('address')!,
    'PLACE_FORMER_UNIT',
    'warning',
    `“${former.part}” là đơn vị hành chính không còn vào ngày chốt số liệu: giữ nguyên trong địa chỉ, trẻ thuộc đơn vị của lần nhập.`,
  );
}
