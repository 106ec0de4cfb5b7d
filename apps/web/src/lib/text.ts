/** Lower-case, without Vietnamese diacritics, so "ly son" finds "Lý Sơn" and "dac khu" finds "Đặc khu". */
export function foldVietnamese(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .trim();
}

export const matchesSearch = (text: string, query: string): boolean =>
  foldVietnamese(text).includes(foldVietnamese(query));

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
/** Vietnamese alphabetical order (Anh, Ân, Bình, Dương, Đặng …). */
export const compareVietnamese = (a: string, b: string): number => collator.compare(a, b);
