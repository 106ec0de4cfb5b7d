import type { CodeListName, CodeListsDto } from '@vte/contracts';
import type { Db, Exec } from '../../platform/db/pool';
import { activeCodesOf, allCodes, insertMissingCodes, type CodeItemRow } from './codes.repo';
import { codeSeeds } from './codes.seed-data';

/** Every start (and the test template): adds the code-list rows missing by (list, code). */
export async function seedChildCodes(db: Db): Promise<number> {
  return db.transaction((tx) => insertMissingCodes(tx, codeSeeds));
}

/** The lists as stored (an administrator may have edited labels), grouped by list. */
export async function codeLists(exec: Exec): Promise<CodeListsDto> {
  const out: CodeListsDto = {};
  for (const r of await allCodes(exec)) (out[r.list] ??= []).push(toDto(r));
  return out;
}

function toDto(r: CodeItemRow) {
  return {
    code: r.code,
    label: r.label,
    aliases: r.aliases,
    parentCode: r.parentCode,
    legalBasis: r.legalBasis,
    certainty: r.certainty,
    sort: r.sort,
    active: r.active,
  };
}

/** Active codes of one list as stored, for checking what a form sends. */
export async function activeCodes(exec: Exec, list: CodeListName): Promise<Map<string, CodeItemRow>> {
  const rows = await activeCodesOf(exec, list);
  return new Map(rows.map((r) => [r.code, r]));
}
