import { scanUnitChildren } from './duplicates.service';
import { onImportCommitted } from './import-job';

let wired = false;

/**
 * After an import commits, the unit is scanned again: rows created beside a probable register match
 * (the user chose "new") land in the review queue; pairs decided "not the same child" stay decided.
 */
export function scanAfterImports(): void {
  if (wired) return;
  wired = true;
  onImportCommitted(async (db, i) => {
    // The import is committed and done: a failed scan must not mark it failed (the button rescans).
    await scanUnitChildren(db, i.provinceId, i.unitId, null).catch(() => undefined);
  });
}
