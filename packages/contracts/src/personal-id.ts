// Personal ID ("Số định danh cá nhân") checks, docs/children.md, Personal ID rules:
// 12 digits = province of birth registration (1–3), century and sex (4), year of birth (5–6), random.
// Digits 1–3 are where the birth was registered, so another province's code is normal, never an issue.

export type IdIssueCode =
  'ID_MISSING' | 'ID_FORMAT' | 'ID_LEGACY_CMND' | 'ID_PROVINCE' | 'ID_SEX_CENTURY' | 'ID_BIRTH_YEAR';
export type IssueSeverity = 'error' | 'warning' | 'fixed';
export interface IdIssue {
  code: IdIssueCode;
  severity: IssueSeverity;
  message: string;
}
export type PersonalIdKind = 'cccd12' | 'cmnd9';
export interface PersonalIdCheck {
  /** Digits only (spaces, dots, dashes and an Excel apostrophe removed); null when nothing usable. */
  normalised: string | null;
  kind: PersonalIdKind | null;
  /** Where the birth was registered (digits 1–3), when the code is in the table. */
  birthProvince: { code: string; name: string } | null;
  issues: IdIssue[];
}

/** Province codes of birth registration, 63 provinces before the 2025 mergers (TT 07/2016/TT-BCA, Phụ lục 1). */
export const idProvinceCodes: Readonly<Record<string, string>> = {
  '001': 'Hà Nội',
  '002': 'Hà Giang',
  '004': 'Cao Bằng',
  '006': 'Bắc Kạn',
  '008': 'Tuyên Quang',
  '010': 'Lào Cai',
  '011': 'Điện Biên',
  '012': 'Lai Châu',
  '014': 'Sơn La',
  '015': 'Yên Bái',
  '017': 'Hòa Bình',
  '019': 'Thái Nguyên',
  '020': 'Lạng Sơn',
  '022': 'Quảng Ninh',
  '024': 'Bắc Giang',
  '025': 'Phú Thọ',
  '026': 'Vĩnh Phúc',
  '027': 'Bắc Ninh',
  '030': 'Hải Dương',
  '031': 'Hải Phòng',
  '033': 'Hưng Yên',
  '034': 'Thái Bình',
  '035': 'Hà Nam',
  '036': 'Nam Định',
  '037': 'Ninh Bình',
  '038': 'Thanh Hóa',
  '040': 'Nghệ An',
  '042': 'Hà Tĩnh',
  '044': 'Quảng Bình',
  '045': 'Quảng Trị',
  '046': 'Thừa Thiên Huế',
  '048': 'Đà Nẵng',
  '049': 'Quảng Nam',
  '051': 'Quảng Ngãi',
  '052': 'Bình Định',
  '054': 'Phú Yên',
  '056': 'Khánh Hòa',
  '058': 'Ninh Thuận',
  '060': 'Bình Thuận',
  '062': 'Kon Tum',
  '064': 'Gia Lai',
  '066': 'Đắk Lắk',
  '067': 'Đắk Nông',
  '068': 'Lâm Đồng',
  '070': 'Bình Phước',
  '072': 'Tây Ninh',
  '074': 'Bình Dương',
  '075': 'Đồng Nai',
  '077': 'Bà Rịa - Vũng Tàu',
  '079': 'Hồ Chí Minh',
  '080': 'Long An',
  '082': 'Tiền Giang',
  '083': 'Bến Tre',
  '084': 'Trà Vinh',
  '086': 'Vĩnh Long',
  '087': 'Đồng Tháp',
  '089': 'An Giang',
  '091': 'Kiên Giang',
  '092': 'Cần Thơ',
  '093': 'Hậu Giang',
  '094': 'Sóc Trăng',
  '095': 'Bạc Liêu',
  '096': 'Cà Mau',
};

export const idIssueMessages: Readonly<Record<IdIssueCode, string>> = {
  ID_MISSING: 'Chưa có số định danh cá nhân.',
  ID_FORMAT: 'Số định danh cá nhân phải gồm đúng 12 chữ số.',
  ID_LEGACY_CMND: 'Đây là số CMND 9 số cũ, không phải số định danh cá nhân: cần bổ sung số định danh 12 số.',
  ID_PROVINCE: 'Ba chữ số đầu không phải mã tỉnh nơi đăng ký khai sinh.',
  ID_SEX_CENTURY: 'Chữ số thứ 4 không khớp với giới tính hoặc thế kỷ sinh.',
  ID_BIRTH_YEAR: 'Chữ số thứ 5–6 không khớp với năm sinh.',
};

const issue = (code: IdIssueCode, severity: IssueSeverity, message = idIssueMessages[code]): IdIssue => ({
  code,
  severity,
  message,
});

export interface IdContext {
  sex?: 'M' | 'F' | null;
  /** YYYY-MM-DD (a year-only date keeps its year) */
  dob?: string | null;
  dobPrecision?: 'day' | 'month' | 'year' | 'estimated' | null;
}

/** Checks a typed or imported personal ID against its structure and the child's sex and date of birth. */
export function checkPersonalId(raw: string | null | undefined, ctx: IdContext = {}): PersonalIdCheck {
  const trimmed = (raw ?? '').normalize('NFC').trim();
  if (!trimmed)
    return { normalised: null, kind: null, birthProvince: null, issues: [issue('ID_MISSING', 'warning')] };
  const issues: IdIssue[] = [];
  // Separators and Excel's text apostrophe are typing noise: removed, and said so.
  let digits = trimmed.replace(/^'/, '').replace(/[\s.\-_]/g, '');
  if (digits !== trimmed)
    issues.push(issue('ID_FORMAT', 'fixed', 'Đã bỏ khoảng trắng, dấu chấm hoặc gạch trong số định danh.'));
  if (!/^\d+$/.test(digits))
    return { normalised: null, kind: null, birthProvince: null, issues: [...issues, idFormatError(digits)] };
  // Every province code starts with 0, which a spreadsheet drops from a number cell.
  if (digits.length === 11) {
    digits = `0${digits}`;
    issues.push(issue('ID_FORMAT', 'fixed', 'Đã thêm số 0 đầu bị bảng tính làm mất (11 → 12 chữ số).'));
  }
  if (digits.length === 9)
    return {
      normalised: digits,
      kind: 'cmnd9',
      birthProvince: null,
      issues: [...issues, issue('ID_LEGACY_CMND', 'warning')],
    };
  if (digits.length !== 12)
    return { normalised: null, kind: null, birthProvince: null, issues: [...issues, idFormatError(digits)] };
  const provinceName = idProvinceCodes[digits.slice(0, 3)];
  if (!provinceName)
    issues.push(
      issue(
        'ID_PROVINCE',
        'warning',
        `Ba chữ số đầu (${digits.slice(0, 3)}) không phải mã tỉnh nơi đăng ký khai sinh.`,
      ),
    );
  issues.push(...birthChecks(digits, ctx));
  return {
    normalised: digits,
    kind: 'cccd12',
    birthProvince: provinceName ? { code: digits.slice(0, 3), name: provinceName } : null,
    issues,
  };
}

function idFormatError(digits: string): IdIssue {
  if (/[^\d]/.test(digits))
    return issue('ID_FORMAT', 'error', 'Số định danh cá nhân chỉ gồm chữ số: có chữ cái hoặc ký tự lạ.');
  return issue(
    'ID_FORMAT',
    'error',
    `Số định danh cá nhân phải gồm đúng 12 chữ số (đang có ${digits.length}).`,
  );
}

/** Digit 4: even = Nam, odd = Nữ; 0/1 = 1900s, 2/3 = 2000s, 4/5 = 2100s… Digits 5–6: yy. */
function birthChecks(id: string, ctx: IdContext): IdIssue[] {
  const out: IdIssue[] = [];
  const d4 = Number(id[3]);
  const idSex = d4 % 2 === 1 ? 'F' : 'M';
  const idCentury = 1900 + Math.floor(d4 / 2) * 100;
  const year = ctx.dob && /^\d{4}/.test(ctx.dob) ? Number(ctx.dob.slice(0, 4)) : null;
  // An estimated date of birth may be the wrong one: a mismatch is then a warning, not an error.
  const severity: IssueSeverity = ctx.dobPrecision === 'estimated' ? 'warning' : 'error';
  if (ctx.sex && ctx.sex !== idSex)
    out.push(
      issue(
        'ID_SEX_CENTURY',
        'error',
        `Chữ số thứ 4 (${d4}) là của ${idSex === 'F' ? 'Nữ' : 'Nam'}, nhưng giới tính ghi ${ctx.sex === 'F' ? 'Nữ' : 'Nam'}.`,
      ),
    );
  if (year !== null && Math.floor(year / 100) * 100 !== idCentury)
    out.push(
      issue(
        'ID_SEX_CENTURY',
        severity,
        `Chữ số thứ 4 (${d4}) chỉ người sinh trong các năm ${idCentury}–${idCentury + 99}, nhưng năm sinh là ${year}.`,
      ),
    );
  if (year !== null && id.slice(4, 6) !== String(year % 100).padStart(2, '0'))
    out.push(
      issue('ID_BIRTH_YEAR', severity, `Chữ số thứ 5–6 (${id.slice(4, 6)}) không khớp với năm sinh ${year}.`),
    );
  return out;
}

/** "đăng ký khai sinh tại <tỉnh>" for the child's page, or null when the code is not in the table. */
export function idBirthProvince(id: string | null | undefined): string | null {
  return id && /^\d{12}$/.test(id) ? (idProvinceCodes[id.slice(0, 3)] ?? null) : null;
}
