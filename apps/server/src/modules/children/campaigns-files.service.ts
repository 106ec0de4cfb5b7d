import {
  checkPersonalId,
  foldVi,
  idProblems,
  uuid,
  type CampaignExportInput,
  type PoliceDiffDto,
  type PoliceResult,
} from '@vte/contracts';
import type { AuthedContext } from '../../platform/auth/context';
import type { Db, Exec } from '../../platform/db/pool';
import { AppError } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { getUnit, unitFullName } from '../org';
import {
  checkSheetXlsx,
  H,
  policeListXlsx,
  readPoliceResult,
  readVisitResult,
  type SheetRow,
} from './campaigns-excel';
import * as repo from './campaigns.repo';
import { scopedCampaign, today, unitFilter, type Scoped } from './campaigns.service';

// The campaign's files: the household check sheet and the police hand-over list out (each export
// audited with its reason, the file carrying who and when), and the filled sheets back in. An
// uploaded sheet is taken whole or not at all: any bad row refuses the file and lists the rows.

const ID_PROBLEMS = new Set<string>(idProblems);
const PURPOSE = 'lam_sach';

async function exportRows(db: Exec, s: Scoped, input: CampaignExportInput, lock = false) {
  const f: repo.ItemFilter = {
    provinceId: s.campaign.provinceId,
    campaignId: s.campaign.id,
    unitIds: unitFilter(s, input.unitId),
    asOf: today(),
    hamlet: input.hamlet?.trim(),
  };
  return (await repo.listItems(db, f, undefined, lock)).rows;
}

async function heading(db: Exec, ctx: AuthedContext, s: Scoped, input: CampaignExportInput, title: string) {
  const unit = input.unitId ? await getUnit(db, input.unitId) : undefined;
  const when = new Date().toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
  return {
    title,
    campaign: `${s.campaign.name} — Căn cứ: ${s.campaign.legalBasis ?? ''}`,
    place: [
      unit ? unitFullName(unit) : 'Tất cả đơn vị của đợt',
      input.hamlet ? `Thôn/Tổ: ${input.hamlet}` : '',
    ]
      .filter(Boolean)
      .join(' — '),
    exportedBy: `Xuất bởi ${ctx.user.fullName} (${ctx.user.username}) lúc ${when} — Lý do: ${input.reason}`,
  };
}

const sheetChild = (r: repo.ItemRow, problems: string[]) => ({
  itemId: r.id,
  fullName: r.fullName,
  dob: r.dob,
  dobPrecision: r.dobPrecision,
  sex: r.sex,
  guardians: r.guardians,
  hamlet: r.hamlet,
  address: r.address,
  personalId: r.personalId,
  problems: problems as repo.ItemRow['problems'],
});

async function auditExport(
  tx: Exec,
  ctx: AuthedContext,
  s: Scoped,
  what: string,
  input: CampaignExportInput,
  rows: number,
) {
  await recordAudit(tx, ctx, {
    action: 'export',
    entity: 'child_campaign',
    entityId: s.campaign.id,
    provinceId: s.campaign.provinceId,
    after: {
      file: what,
      purpose: PURPOSE,
      reason: input.reason,
      unitId: input.unitId ?? null,
      hamlet: input.hamlet ?? null,
      rows,
    },
  });
}

/** CV 2513 step 2: the check sheet of the records still open, for the household visits. */
export async function checkSheet(db: Db, ctx: AuthedContext, id: string, input: CampaignExportInput) {
  const s = await scopedCampaign(db, ctx, id);
  const rows = (await exportRows(db, s, input)).filter((r) => r.currentProblems.length > 0);
  const h = await heading(db, ctx, s, input, 'PHIẾU RÀ SOÁT THÔNG TIN TRẺ EM TẠI HỘ GIA ĐÌNH');
  const data = await checkSheetXlsx(
    h,
    rows.map((r) => sheetChild(r, r.currentProblems)),
  );
  await auditExport(db, ctx, s, 'check_sheet', input, rows.length);
  return { filename: 'phieu-ra-soat-tre-em.xlsx', data };
}

/** CV 2513 step 3: the hand-over list of open ID problems; its records become 'da_gui_cong_an'. */
export async function policeExport(db: Db, ctx: AuthedContext, id: string, input: CampaignExportInput) {
  const s = await scopedCampaign(db, ctx, id, { write: true });
  return db.transaction(async (tx) => {
    const rows = (await exportRows(tx, s, input, true)).filter(
      (r) => r.policeResult === null && r.currentProblems.some((p) => ID_PROBLEMS.has(p)),
    );
    if (!rows.length) throw new AppError('CAMPAIGN_NOTHING_TO_SEND');
    await repo.markSentToPolice(tx, {
      provinceId: s.campaign.provinceId,
      itemIds: rows.map((r) => r.id),
      userId: ctx.user.id || null,
    });
    await auditExport(tx, ctx, s, 'police_list', input, rows.length);
    const h = await heading(tx, ctx, s, input, 'DANH SÁCH BÀN GIAO CÔNG AN XÁC THỰC SỐ ĐỊNH DANH CÁ NHÂN');
    const data = await policeListXlsx(
      h,
      rows.map((r) => sheetChild(r, r.currentProblems)),
    );
    return { filename: 'danh-sach-ban-giao-cong-an.xlsx', data };
  });
}

const col = (r: SheetRow, header: string) => r.cells[foldVi(header)] ?? '';

/** The sheet's rows matched to items of this campaign the caller sees, with every unknown key rejected. */
async function matchRows(tx: Exec, s: Scoped, rows: SheetRow[], lock: boolean) {
  const rejected: { row: number; message: string }[] = [];
  const keys = rows.map((r) => r.key).filter((k) => uuid.safeParse(k).success);
  const f: repo.ItemFilter = {
    provinceId: s.campaign.provinceId,
    campaignId: s.campaign.id,
    unitIds: s.unitIds,
    asOf: today(),
    itemIds: keys,
  };
  const items = new Map((await repo.listItems(tx, f, undefined, lock)).rows.map((i) => [i.id, i]));
  const seen = new Set<string>();
  const matched: { sheet: SheetRow; item: repo.ItemRow }[] = [];
  for (const r of rows) {
    const item = items.get(r.key);
    if (!item)
      rejected.push({
        row: r.row,
        message: 'Mã dòng không thuộc danh sách của đợt này (dòng bị sửa hoặc lấy từ tệp khác).',
      });
    else if (seen.has(r.key)) rejected.push({ row: r.row, message: 'Dòng bị lặp lại trong tệp.' });
    else matched.push({ sheet: r, item });
    seen.add(r.key);
  }
  return { matched, rejected };
}

/** CV 2513 step 2 in bulk: the filled check sheet; rows with no result are left as they are. */
export async function uploadVisits(db: Db, ctx: AuthedContext, id: string, rows: SheetRow[]) {
  const s = await scopedCampaign(db, ctx, id, { write: true });
  return db.transaction(async (tx) => {
    const { matched, rejected } = await matchRows(tx, s, rows, true);
    const todo: { item: repo.ItemRow; result: string; note: string | null }[] = [];
    for (const { sheet, item } of matched) {
      const result = readVisitResult(col(sheet, H.visit));
      if (result === 'unknown')
        rejected.push({
          row: sheet.row,
          message: `Kết quả rà soát "${col(sheet, H.visit)}" không có trong danh sách chọn.`,
        });
      else if (result) todo.push({ item, result, note: col(sheet, H.note) || null });
    }
    if (rejected.length)
      throw new AppError('CAMPAIGN_FILE_ROWS_REJECTED', { rejected: rejected.sort((a, b) => a.row - b.row) });
    if (!todo.length) throw new AppError('CAMPAIGN_FILE_EMPTY');
    for (const t of todo) {
      const state = await repo.setVisit(
        tx,
        { provinceId: t.item.provinceId, id: t.item.id },
        { result: t.result, note: t.note, userId: ctx.user.id || null },
      );
      await recordAudit(tx, ctx, {
        action: 'update',
        entity: 'child_campaign_item',
        entityId: t.item.id,
        provinceId: t.item.provinceId,
        unitId: t.item.unitId,
        before: { visitResult: t.item.visitResult, state: t.item.state },
        after: { visitResult: t.result, visitNote: t.note, state, source: 'upload' },
      });
    }
    return { recorded: todo.length, skipped: matched.length - todo.length };
  });
}

type PoliceRow = PoliceDiffDto['rows'][number] & { item: repo.ItemRow };

/** The police answers read against the register: the diff, the rejected rows and the unanswered count. */
async function policeDiff(tx: Exec, s: Scoped, rows: SheetRow[], lock: boolean) {
  const { matched, rejected } = await matchRows(tx, s, rows, lock);
  const diff: PoliceRow[] = [];
  let unanswered = 0;
  const reject = (row: number, message: string) => rejected.push({ row, message });
  for (const { sheet, item } of matched) {
    const result = readPoliceResult(col(sheet, H.police));
    const written = col(sheet, H.newId);
    if (!item.policeSentAt) reject(sheet.row, 'Hồ sơ này chưa được gửi Công an xác thực trong đợt.');
    else if (result === 'unknown')
      reject(
        sheet.row,
        `Kết quả xác thực "${col(sheet, H.police)}" không rõ (ghi "Đã xác thực" hoặc "Không khớp").`,
      );
    else if (!result) {
      if (written) reject(sheet.row, 'Có số định danh đúng nhưng chưa ghi kết quả xác thực.');
      else unanswered++;
    } else {
      const newId =
        result === 'cong_an_xac_thuc' ? policeId(written, item, (m) => reject(sheet.row, m)) : null;
      if (newId !== undefined)
        diff.push({
          row: sheet.row,
          itemId: item.id,
          childId: item.childId,
          fullName: item.fullName,
          oldId: item.personalId,
          newId,
          result,
          item,
        });
    }
  }
  // A returned ID already held by another child, or given to two rows, is never applied.
  const ids = diff.flatMap((d) => (d.newId && d.newId !== d.oldId ? [d.newId] : []));
  const taken = await repo.idsTaken(
    tx,
    ids,
    diff.map((d) => d.childId),
  );
  const twice = new Set(ids.filter((x, i) => ids.indexOf(x) !== i));
  const ok = diff.filter((d) => {
    if (!d.newId || d.newId === d.oldId) return true;
    if (taken.has(d.newId)) reject(d.row, 'Số định danh này đã thuộc một hồ sơ trẻ em khác trong sổ.');
    else if (twice.has(d.newId)) reject(d.row, 'Số định danh này được ghi cho nhiều dòng trong tệp.');
    else return true;
    return false;
  });
  return { rows: ok, rejected: rejected.sort((a, b) => a.row - b.row), unanswered };
}

/** The ID the police confirmed: the one written, else the one the register holds; undefined = rejected. */
function policeId(
  written: string,
  item: repo.ItemRow,
  reject: (m: string) => void,
): string | null | undefined {
  const raw = written || item.personalId || '';
  const check = checkPersonalId(raw, {
    sex: item.sex === 'M' || item.sex === 'F' ? item.sex : null,
    dob: item.dob,
    dobPrecision: item.dobPrecision as 'day',
  });
  const error = check.issues.find(
    (i) => i.severity === 'error' || i.code === 'ID_MISSING' || i.code === 'ID_LEGACY_CMND',
  );
  if (check.kind !== 'cccd12' || error) {
    reject(
      written
        ? `Số định danh đúng không hợp lệ: ${error?.message ?? 'cần 12 chữ số.'}`
        : 'Công an xác thực nhưng chưa ghi số định danh đúng (12 chữ số).',
    );
    return undefined;
  }
  return check.normalised;
}

const publicRow = ({ item: _i, ...r }: PoliceRow) => r;

/** What applying the police file would change, saving nothing. */
export async function policePreview(
  db: Db,
  ctx: AuthedContext,
  id: string,
  rows: SheetRow[],
): Promise<PoliceDiffDto> {
  const s = await scopedCampaign(db, ctx, id, { write: true });
  const d = await policeDiff(db, s, rows, false);
  return { rows: d.rows.map(publicRow), rejected: d.rejected, unanswered: d.unanswered };
}

/** CV 2513 step 4: every answered row applied in one transaction with its audit, or none when any row is bad. */
export async function policeApply(db: Db, ctx: AuthedContext, id: string, rows: SheetRow[]) {
  const s = await scopedCampaign(db, ctx, id, { write: true });
  return db.transaction(async (tx) => {
    const d = await policeDiff(tx, s, rows, true);
    if (d.rejected.length) throw new AppError('CAMPAIGN_FILE_ROWS_REJECTED', { rejected: d.rejected });
    if (!d.rows.length) throw new AppError('CAMPAIGN_FILE_EMPTY');
    for (const r of d.rows) await applyRow(tx, ctx, s, r);
    return { applied: d.rows.length };
  });
}

async function applyRow(tx: Exec, ctx: AuthedContext, s: Scoped, r: PoliceRow) {
  const userId = ctx.user.id || null;
  const provinceId = s.campaign.provinceId;
  const result: PoliceResult = r.result;
  const changesId = result === 'cong_an_xac_thuc' && r.newId !== r.oldId;
  await repo.setChildId(tx, {
    provinceId,
    childId: r.childId,
    personalId: changesId ? r.newId : null,
    verification: result,
    userId,
  });
  await repo.setPoliceAnswer(tx, { provinceId, id: r.itemId }, { result, newId: r.newId, userId });
  await recordAudit(tx, ctx, {
    action: 'update',
    entity: 'child',
    entityId: r.childId,
    provinceId,
    unitId: r.item.unitId,
    before: { personalId: r.oldId, idVerification: r.item.idVerification },
    after: {
      personalId: changesId ? r.newId : r.oldId,
      idVerification: result,
      source: 'police_file',
      campaignId: s.campaign.id,
      purpose: PURPOSE,
    },
  });
}
