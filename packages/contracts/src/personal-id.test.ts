import { describe, expect, it } from 'vitest';
import { checkPersonalId, idBirthProvince, idProvinceCodes } from './personal-id';

const codes = (r: ReturnType<typeof checkPersonalId>) => r.issues.map((i) => `${i.code}:${i.severity}`);

describe('checkPersonalId', () => {
  it('accepts a girl born 2015 whose birth was registered in Quảng Ngãi', () => {
    const r = checkPersonalId('051315000123', { sex: 'F', dob: '2015-04-02', dobPrecision: 'day' });
    expect(r).toEqual({
      normalised: '051315000123',
      kind: 'cccd12',
      birthProvince: { code: '051', name: 'Quảng Ngãi' },
      issues: [],
    });
  });

  it('treats another province’s code as normal (registered there), not an issue', () => {
    const r = checkPersonalId('079212345678', { sex: 'M', dob: '2012-01-01' });
    expect(r.issues).toEqual([]);
    expect(r.birthProvince?.name).toBe('Hồ Chí Minh');
  });

  it('reports a missing ID as a warning', () => {
    expect(codes(checkPersonalId('  '))).toEqual(['ID_MISSING:warning']);
    expect(codes(checkPersonalId(null))).toEqual(['ID_MISSING:warning']);
  });

  it('strips spaces, dots and the Excel apostrophe, and says so', () => {
    const r = checkPersonalId("'051 315.000-123", { sex: 'F', dob: '2015-04-02' });
    expect(r.normalised).toBe('051315000123');
    expect(codes(r)).toEqual(['ID_FORMAT:fixed']);
    expect(r.issues[0]!.message).toMatch(/khoảng trắng/);
  });

  it('puts back the leading zero a spreadsheet number cell dropped', () => {
    const r = checkPersonalId('51315000123', { sex: 'F', dob: '2015-04-02' });
    expect(r.normalised).toBe('051315000123');
    expect(codes(r)).toEqual(['ID_FORMAT:fixed']);
  });

  it('refuses letters and wrong lengths with Vietnamese messages', () => {
    const letters = checkPersonalId('05131500O123');
    expect(letters.normalised).toBeNull();
    expect(codes(letters)).toEqual(['ID_FORMAT:error']);
    expect(letters.issues[0]!.message).toMatch(/chữ cái/);
    const short = checkPersonalId('0513150001');
    expect(codes(short)).toEqual(['ID_FORMAT:error']);
    expect(short.issues[0]!.message).toMatch(/12 chữ số \(đang có 10\)/);
  });

  it('marks a 9-digit number as a legacy CMND, never a personal ID', () => {
    const r = checkPersonalId('212345678');
    expect(r.kind).toBe('cmnd9');
    expect(codes(r)).toEqual(['ID_LEGACY_CMND:warning']);
    expect(r.birthProvince).toBeNull();
  });

  it('warns about an unknown province code (003 is not used)', () => {
    const r = checkPersonalId('003315000123', { sex: 'F', dob: '2015-04-02' });
    expect(codes(r)).toEqual(['ID_PROVINCE:warning']);
    expect(r.issues[0]!.message).toContain('003');
    expect(r.kind).toBe('cccd12');
  });

  it('checks digit 4 against sex: odd is Nữ', () => {
    const r = checkPersonalId('051215000123', { sex: 'F', dob: '2015-04-02' });
    expect(codes(r)).toEqual(['ID_SEX_CENTURY:error']);
    expect(r.issues[0]!.message).toMatch(/Nam.*Nữ/);
  });

  it('checks digit 4 against the century: 0/1 = 1900s', () => {
    const r = checkPersonalId('051115000123', { sex: 'F', dob: '2015-04-02' });
    expect(codes(r)).toEqual(['ID_SEX_CENTURY:error']);
    expect(r.issues[0]!.message).toMatch(/1900–1999/);
  });

  it('checks digits 5–6 against the year of birth, also for a year-only date', () => {
    expect(
      codes(checkPersonalId('051314000123', { sex: 'F', dob: '2015-01-01', dobPrecision: 'year' })),
    ).toEqual(['ID_BIRTH_YEAR:error']);
  });

  it('only warns when the date of birth is an estimate', () => {
    expect(codes(checkPersonalId('051314000123', { dob: '2015-01-01', dobPrecision: 'estimated' }))).toEqual([
      'ID_BIRTH_YEAR:warning',
    ]);
  });

  it('skips the birth checks it has no facts for', () => {
    expect(checkPersonalId('051314000123').issues).toEqual([]);
  });
});

describe('province table', () => {
  it('holds the 63 provinces with codes 001–096', () => {
    const keys = Object.keys(idProvinceCodes);
    expect(keys).toHaveLength(63);
    expect(new Set(Object.values(idProvinceCodes)).size).toBe(63);
    expect(keys.every((k) => /^0\d\d$/.test(k) && Number(k) >= 1 && Number(k) <= 96)).toBe(true);
    expect(idProvinceCodes['051']).toBe('Quảng Ngãi');
  });

  it('names the birth province for the child page', () => {
    expect(idBirthProvince('001212345678')).toBe('Hà Nội');
    expect(idBirthProvince('003212345678')).toBeNull();
    expect(idBirthProvince(null)).toBeNull();
  });
});
