// The analyser's two look-ups built from plain data: the code lists (seeded or as stored, so an
// administrator's edits to aliases count) and the units a place column may name.
import { foldVi } from '@vte/contracts';
import { matchCode } from '../codes';
import { codeSeeds, type CodeSeed } from '../codes.seed-data';
import type { CodeLookup, UnitLookup, UnitMatch } from './types';

type CodeRow = Pick<CodeSeed, 'list' | 'code' | 'label' | 'aliases' | 'parentCode'>;

export function codeLookup(items: readonly CodeRow[] = codeSeeds): CodeLookup {
  const parents = new Map(items.map((i) => [`${i.list}:${i.code}`, i.parentCode]));
  return {
    match: (list, text) => matchCode(list, text, items),
    parentOf: (list, code) => parents.get(`${list}:${code}`) ?? null,
  };
}

export interface UnitRow {
  id: string;
  name: string;
  validFrom: string;
  validTo: string | null;
}

// "Xã Bình Châu", "xa Binh Chau", "Bình Châu": the unit's kind word is optional.
const KIND = /^(tinh|thanh pho|tp|huyen|quan|thi xa|tx|xa|phuong|thi tran|tt|dac khu)\.?\s+/;
const unitKey = (s: string) => foldVi(s).replace(/[.,]/g, ' ').replace(/\s+/g, ' ').trim().replace(KIND, '');

/**
 * A place written in a list → a unit: one valid on the as-of date wins over an older unit of the
 * same name (a name reused after a merger); a unit that no longer exists then is 'former'.
 */
export function unitLookup(units: readonly UnitRow[], asOf: string): UnitLookup {
  const byKey = new Map<string, UnitMatch>();
  for (const u of units) {
    const current = u.validFrom <= asOf && (u.validTo === null || u.validTo >= asOf);
    const k = unitKey(u.name);
    const had = byKey.get(k);
    if (!had || (current && had.state !== 'current'))
      byKey.set(k, { id: u.id, name: u.name, state: current ? 'current' : 'former' });
  }
  return { find: (text) => byKey.get(unitKey(text)) ?? null };
}
