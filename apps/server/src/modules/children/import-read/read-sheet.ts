// One entry for every list format: .xlsx (zip), .xls (compound file), .csv (text). The sheet
// holding the list is the visible one whose header looks most like a list of children.
import { isCompoundFile, isEncryptedOffice, isZip } from '../../../platform/documents/zip-inspect';
import { readCsv } from './csv-read';
import { sheetHeaderScore } from './header';
import { ImportReadError, MAX_IMPORT_ROWS, type RawSheet } from './types';
import { openXls } from './xls-read';
import { openXlsx } from './xlsx-read';

/** Rows read at most: the data limit plus room for title and header rows. */
const MAX_SHEET_ROWS = MAX_IMPORT_ROWS + 100;

function best(sheets: Iterable<() => RawSheet>): RawSheet {
  let chosen: RawSheet | null = null;
  let chosenScore = -1;
  for (const read of sheets) {
    const sheet = read();
    const score = sheetHeaderScore(sheet);
    if (score > chosenScore) {
      chosen = sheet;
      chosenScore = score;
    }
  }
  if (!chosen) throw new ImportReadError('CHILD_IMPORT_NO_HEADER');
  return chosen;
}

function* visible<T>(items: T[], hidden: (t: T, i: number) => boolean, read: (t: T, i: number) => RawSheet) {
  const shown = items.filter((t, i) => !hidden(t, i));
  for (const [i, t] of (shown.length ? shown : items).entries()) yield () => read(t, i);
}

/** The list's sheet as plain values; a refusal is an ImportReadError, never a library's error. */
export function readSheet(buf: Buffer, fileName: string): RawSheet {
  try {
    if (buf.length === 0) throw new ImportReadError('CHILD_IMPORT_UNREADABLE');
    if (isEncryptedOffice(buf)) throw new ImportReadError('CHILD_IMPORT_ENCRYPTED');
    if (isZip(buf)) {
      const book = openXlsx(buf);
      return best(
        visible(
          book.sheets,
          (s) => s.hidden,
          (s) => book.read(s, MAX_SHEET_ROWS),
        ),
      );
    }
    if (isCompoundFile(buf)) {
      const book = openXls(buf, MAX_SHEET_ROWS);
      const order = book.names.map((_n, i) => i);
      return best(
        visible(
          order,
          (i) => book.hidden[i]!,
          (i) => book.read(i),
        ),
      );
    }
    if (/\.(csv|txt)$/i.test(fileName)) return readCsv(buf, MAX_SHEET_ROWS);
    throw new ImportReadError('CHILD_IMPORT_WRONG_TYPE');
  } catch (e) {
    if (e instanceof ImportReadError) throw e;
    // Whatever a damaged file makes a parser throw, the user hears "unreadable".
    throw new ImportReadError('CHILD_IMPORT_UNREADABLE');
  }
}
