import { foldVi, todayInVietnam } from '@vte/contracts';
import type { Db } from '../../platform/db/pool';
import { findUnits, getUnit, type UnitRow } from '../org';
import {
  syntheticChildren,
  type SyntheticChild,
  type SyntheticOptions,
  type SyntheticUnit,
} from './synthetic';
import { insertSyntheticBatch } from './synthetic.repo';

// `npm run -s cli -- children:generate` and the bench: the synthetic register written into a unit's
// current lowest units (a commune, or a special zone that has none), in batches.

/** Generic thôn names: plausible, and not a claim about any real place. */
export const SYNTHETIC_HAMLETS = [
  'Thôn Đông',
  'Thôn Tây',
  'Thôn Nam',
  'Thôn Bắc',
  'Thôn Trung',
  'Thôn Bắc Đông',
];

export class GenerateError extends Error {}

/** A unit valid on `at` by its code or its name ("Lý Sơn" finds the special zone, not the former district). */
export async function unitByNameOrCode(db: Db, text: string, at: string): Promise<UnitRow> {
  const valid = await findUnits(db, { at }, null);
  const byCode = valid.filter((u) => u.code === text.trim());
  if (byCode.length === 1) return byCode[0]!;
  const wanted = foldVi(text);
  const byName = valid.filter((u) => foldVi(u.name) === wanted);
  if (byName.length === 1) return byName[0]!;
  if (byName.length > 1)
    throw new GenerateError(
      `Có ${byName.length} đơn vị tên "${text}" vào ngày ${at}; hãy dùng mã đơn vị: ${byName.map((u) => `${u.name} (${u.type}, mã ${u.code ?? u.id})`).join('; ')}.`,
    );
  throw new GenerateError(`Không tìm thấy đơn vị "${text}" còn hiệu lực vào ngày ${at}.`);
}

/** The unit's lowest units valid on `at`; the unit itself when it has none below it. */
async function leafUnits(db: Db, unit: UnitRow, at: string): Promise<UnitRow[]> {
  const out: UnitRow[] = [];
  let level = [unit];
  while (level.length) {
    const next: UnitRow[] = [];
    for (const u of level) {
      const below = await findUnits(db, { at, parentId: u.id }, null);
      if (below.length) next.push(...below);
      else out.push(u);
    }
    level = next;
  }
  return out;
}

export interface GenerateOptions {
  unit: UnitRow;
  count: number;
  seed: number;
  asOf?: string | undefined;
  /** Children per transaction; a small register goes in one. */
  batch?: number;
  onProgress?: (done: number) => void;
}

/** Writes `count` synthetic children under the unit; returns how many were added (a rerun adds none). */
export async function generateRegister(
  db: Db,
  o: GenerateOptions,
): Promise<{ added: number; units: UnitRow[] }> {
  const asOf = o.asOf ?? todayInVietnam();
  const units = await leafUnits(db, o.unit, asOf);
  const province = await getUnit(db, o.unit.provinceId);
  const opts: SyntheticOptions = {
    seed: o.seed,
    count: o.count,
    asOf,
    provinceCode: (province?.code ?? '51').padStart(3, '0'),
    units: units.map<SyntheticUnit>((u) => ({
      id: u.id,
      provinceId: u.provinceId,
      name: u.name,
      hamlets: SYNTHETIC_HAMLETS,
    })),
    minorityShare: units.length > 20 ? 0.15 : 0.01,
  };
  const size = o.batch ?? (o.count <= 20_000 ? o.count : 5_000);
  let added = 0;
  let done = 0;
  let batch: SyntheticChild[] = [];
  const flush = async () => {
    const rows = batch;
    batch = [];
    added += await db.transaction((tx) => insertSyntheticBatch(tx, rows));
    done += rows.length;
    o.onProgress?.(done);
  };
  for (const c of syntheticChildren(opts)) {
    batch.push(c);
    if (batch.length >= size) await flush();
  }
  if (batch.length) await flush();
  return { added, units };
}
