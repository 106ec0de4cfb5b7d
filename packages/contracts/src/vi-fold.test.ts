import { describe, expect, it } from 'vitest';
import { capitaliseName, foldVi, nameTokens } from './vi-fold';

describe('foldVi', () => {
  it.each([
    ['Nguyễn Thị Ánh Tuyết', 'nguyen thi anh tuyet'],
    ['ĐẶNG VĂN ĐỨC', 'dang van duc'],
    ['Trương Ngọc Ẩn', 'truong ngoc an'],
    ['Lê Thị Hường', 'le thi huong'],
    ['Phạm Ơn', 'pham on'],
    ['Võ Thị Ằng Ắt Ẳng Ẵng Ặng', 'vo thi ang at ang ang ang'],
    ['Hồ Thị Ỹ Ỳ Ý Ỷ Ỵ', 'ho thi y y y y y'],
    ['  Bùi   Xuân\tPhái ', 'bui xuan phai'],
  ])('%s → %s', (input, out) => expect(foldVi(input)).toBe(out));

  it('folds decomposed (NFD) input the same as composed', () => {
    const s = 'Nguyễn Đức Thắng';
    expect(foldVi(s.normalize('NFD'))).toBe(foldVi(s));
  });

  it('keeps letters outside the Vietnamese marks (no Primero gaps: ă, đ, ơ, ư)', () => {
    expect(foldVi('ăâđêôơư ĂÂĐÊÔƠƯ')).toBe('aadeoou aadeoou');
  });
});

describe('nameTokens', () => {
  it('splits folded words and drops punctuation', () => {
    expect(nameTokens('Nguyễn Văn  A.')).toEqual(['nguyen', 'van', 'a']);
    expect(nameTokens("H'Mông")).toEqual(['h', 'mong']);
    expect(nameTokens('  ')).toEqual([]);
  });
});

describe('capitaliseName', () => {
  it('writes each word with a capital and the rest lower case, NFC, single spaces', () => {
    expect(capitaliseName('nguyễn  VĂN an')).toBe('Nguyễn Văn An');
    expect(capitaliseName('đỗ thị ÚT'.normalize('NFD'))).toBe('Đỗ Thị Út');
  });
});
