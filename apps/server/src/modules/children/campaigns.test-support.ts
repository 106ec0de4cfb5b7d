// The world the campaign tests run in: a district (Bình Sơn) with two communes, Lý Sơn as the other
// district, users of each role, and children with known defects written straight into the register
// (the record API is another part of the module; these rows are the fixtures).
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { campaignDto, campaignItemDto, pageOf } from '@vte/contracts';
import { isoDay, addDays } from '../../platform/dates';
import { LY_SON } from '../org';
import type { Session, TestApp } from '../../test/harness';

export const today = isoDay(new Date());
/** Born 16 years before tomorrow: 15 today, 16 from tomorrow. */
export const sixteenTomorrow = `${Number(addDays(today, 1).slice(0, 4)) - 16}${addDays(today, 1).slice(4)}`;

export interface ChildSeed {
  name: string;
  unit: 'a' | 'b' | 'lyson';
  hamlet?: string | null;
  dob?: string | null;
  precision?: string;
  sex?: 'M' | 'F' | null;
  ethnicity?: string | null;
  pid?: string | null;
  pidKind?: string | null;
  guardian?: boolean;
}

export interface World {
  districtId: string;
  communeA: string;
  communeB: string;
  national: Session;
  focal: Session;
  workerA: Session;
  leader: Session;
  lySonFocal: Session;
  child: Record<string, string>;
}

const ok: Omit<ChildSeed, 'name' | 'unit'> = {
  hamlet: 'Thôn Đông',
  dob: '2015-03-04',
  precision: 'day',
  sex: 'M',
  ethnicity: '01',
  pid: '051215123456',
  pidKind: 'cccd12',
  guardian: true,
};

export async function addChild(
  t: TestApp,
  w: Pick<World, 'communeA' | 'communeB'>,
  s: ChildSeed,
): Promise<string> {
  const c = { ...ok, ...s };
  const unit = c.unit === 'a' ? w.communeA : c.unit === 'b' ? w.communeB : LY_SON.specialZoneId;
  const r = await t.db.execute<{ id: string }>(sql`
    insert into child (province_id, full_name, dob, dob_precision, sex, ethnicity_code, personal_id, personal_id_kind, unit_id, hamlet)
    values (${LY_SON.provinceId}, ${c.name}, ${c.dob}, ${c.precision}, ${c.sex}, ${c.ethnicity}, ${c.pid}, ${c.pidKind}, ${unit}, ${c.hamlet})
    returning id`);
  const id = r.rows[0]!.id;
  if (c.guardian)
    await t.db.execute(sql`insert into child_guardian (province_id, child_id, relation, full_name)
      values (${LY_SON.provinceId}, ${id}, 'me', ${`Mẹ của ${c.name}`})`);
  return id;
}

export async function buildWorld(t: TestApp): Promise<World> {
  const national = await t.userSession('admin', { scopeUnitId: null });
  const unit = async (body: object) =>
    (await t.api('POST', '/api/org/units', { session: national, body })).body.id as string;
  const districtId = await unit({
    name: 'Bình Sơn',
    type: 'huyen',
    parentId: LY_SON.provinceId,
    validFrom: '1989-07-01',
  });
  const communeA = await unit({
    name: 'Bình Châu',
    type: 'xa',
    parentId: districtId,
    validFrom: '1989-07-01',
  });
  const communeB = await unit({
    name: 'Bình Hải',
    type: 'xa',
    parentId: districtId,
    validFrom: '1989-07-01',
  });
  const w = {
    districtId,
    communeA,
    communeB,
    national,
    focal: await t.userSession('focal_officer', { scopeUnitId: districtId }),
    workerA: await t.userSession('commune_worker', { scopeUnitId: communeA }),
    leader: await t.userSession('leader', { scopeUnitId: districtId }),
    lySonFocal: await t.userSession('focal_officer', { scopeUnitId: LY_SON.specialZoneId }),
    child: {} as Record<string, string>,
  };
  const seeds: ChildSeed[] = [
    { name: 'Nguyễn Văn Đủ', unit: 'a' },
    { name: 'Trần Thị Chưa Số', unit: 'a', pid: null, pidKind: null, sex: 'F' },
    { name: 'Lê Thị Sai Giới', unit: 'a', sex: 'F', pid: '051215123460', hamlet: 'Thôn Tây' },
    { name: 'Phạm Văn Sai Năm', unit: 'a', pid: '051214123456', hamlet: 'Thôn Tây' },
    { name: 'Võ Văn Cũ', unit: 'a', pid: '212345678', pidKind: 'cmnd9' },
    { name: 'Đặng Thị Thiếu', unit: 'a', ethnicity: null, guardian: false, sex: 'F', pid: '051315123457' },
    {
      name: 'Hồ Văn Năm Sinh',
      unit: 'a',
      dob: '2015-01-01',
      precision: 'year',
      pid: '051215123461',
      hamlet: null,
    },
    { name: 'Bùi Văn Sắp Lớn', unit: 'a', dob: sixteenTomorrow, ethnicity: null, pid: null, pidKind: null },
    { name: 'Ngô Văn Trùng', unit: 'a', pid: '051215000001' },
    { name: 'Ngô Văn Trùng Hai', unit: 'a', pid: '051215000002' },
    ...Array.from({ length: 12 }, (_, i): ChildSeed => ({
      name: `Đinh Văn Xã Hai ${i + 1}`,
      unit: 'b',
      pid: null,
      pidKind: null,
    })),
    { name: 'Lý Văn Đảo', unit: 'lyson', pid: null, pidKind: null },
  ];
  for (const s of seeds) w.child[s.name] = await addChild(t, w, s);
  const [a, b] = [w.child['Ngô Văn Trùng']!, w.child['Ngô Văn Trùng Hai']!].sort();
  await t.db.execute(sql`insert into child_duplicate (province_id, child_a, child_b, score, kind)
    values (${LY_SON.provinceId}, ${a}, ${b}, 0.9, 'probable')`);
  return w;
}

export const campaignBody = (w: World, over: object = {}) => ({
  name: 'Làm sạch dữ liệu trẻ em năm 2026',
  unitIds: [w.communeA, w.communeB],
  startsOn: today,
  ...over,
});

export async function openCampaign(t: TestApp, w: World, over: object = {}) {
  return (
    await t.post('/api/children/campaigns', campaignDto, { session: w.focal, body: campaignBody(w, over) })
  ).body;
}

export async function allItems(t: TestApp, s: Session, id: string, query = '') {
  const r = await t.get(`/api/children/campaigns/${id}/items?pageSize=200${query}`, pageOf(campaignItemDto), {
    session: s,
  });
  return r.body.items;
}

export function multipart(filename: string, data: Buffer) {
  const b = `----vte${Math.random().toString(16).slice(2)}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${b}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${b}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${b}` } };
}

export async function uploadTo(t: TestApp, s: Session, url: string, filename: string, data: Buffer) {
  const m = multipart(filename, data);
  const res = await t.app.inject({
    method: 'POST',
    url,
    payload: m.payload,
    headers: { ...m.headers, cookie: s.cookie, 'x-csrf-token': s.csrf },
  });
  return { status: res.statusCode, body: res.json() };
}

export async function download(t: TestApp, s: Session, url: string, body: object) {
  const res = await t.app.inject({
    method: 'POST',
    url,
    payload: body,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
  });
  return { status: res.statusCode, raw: res.rawPayload, headers: res.headers };
}

export async function readBook(data: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb;
}

/** Fills the sheet's rows (found by the Họ và tên column) with `values` per header, and returns the file. */
export async function fillSheet(
  data: Buffer,
  fill: Record<string, Record<string, string>>,
  keyOverride: Record<string, string> = {},
) {
  const wb = await readBook(data);
  const ws = wb.worksheets[0]!;
  const header = ws.getRow(6);
  const colOf = (h: string) => {
    let found = 0;
    header.eachCell((c, n) => {
      if (c.value === h) found = n;
    });
    return found;
  };
  const nameCol = colOf('Họ và tên');
  ws.eachRow((row, n) => {
    if (n <= 6) return;
    const name = String(row.getCell(nameCol).value);
    for (const [h, v] of Object.entries(fill[name] ?? {})) row.getCell(colOf(h)).value = v;
    if (keyOverride[name]) row.getCell(1).value = keyOverride[name];
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const count = async (t: TestApp, q: ReturnType<typeof sql>) =>
  Number((await t.db.execute<{ n: number }>(q)).rows[0]!.n);
