// Line clean-up: Unicode and whitespace normalisation, removal of web-page clutter around the
// document, and joining of hard-wrapped lines into paragraphs ("blocks").
import { detectLabel } from './labels';
import { detectMarker, isRuleLine } from './markers';
import { collapse, isAllCaps, startsLower } from './text-util';

export interface Line {
  /** 1-based line number in the input text. */
  no: number;
  /** The line as written (tabs kept: they separate table cells and header columns). */
  raw: string;
  /** Whitespace-collapsed, trimmed text. */
  text: string;
}

export interface Block {
  text: string;
  first: number;
  last: number;
}

export function toLines(input: string): Line[] {
  const text = input
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/[\u200B-\u200D\uFEFF\u00AD]/g, '')
    .replace(/[\u00A0\u202F\u2007\u3000]/g, ' ');
  return text.split('\n').map((raw, i) => ({ no: i + 1, raw, text: collapse(raw) }));
}

// Lines that belong to the web page around a copied document, never to the document: navigation
// words standing alone (optionally followed by ":" or a breadcrumb), page metadata "Nhãn: …", and
// cookie notices. Kept narrow so that prose such as "Nguồn ngân sách …" is never dropped.
const NAV_RE =
  /^(?:trang chủ|chia sẻ|bản in|in trang|in bài|gửi email|gửi bài|quay lại|trở về|về đầu trang|lên đầu trang|xem thêm|tải về|tải xuống|đồng ý|chấp nhận|từ chối|thích|menu|english|tiếng việt|facebook|zalo|twitter|tweet|đăng nhập|đăng ký|tìm kiếm|bình luận|tin liên quan|tin khác|các tin khác|tin cùng chuyên mục|bài viết liên quan|văn bản liên quan|ý kiến bạn đọc|sơ đồ trang|giới thiệu|tin tức|liên hệ|văn bản|văn bản pháp quy|văn bản chỉ đạo điều hành)(?:\s*[:|»›>/].*)?$/iu;
const META_RE =
  /^(?:lượt xem|số lượt xem|lượt truy cập|ngày đăng|ngày cập nhật|cập nhật lúc|đăng lúc|tác giả|nguồn|địa chỉ|điện thoại|email|fax|hotline|cơ quan chủ quản|chịu trách nhiệm chính|giấy phép|tệp đính kèm|file đính kèm)\s*[:：]/iu;
// Lines after which nothing of the document follows on a web page.
const FOOTER_RE =
  /^(?:tin liên quan|các tin khác|tin khác|tin cùng chuyên mục|bài viết liên quan|văn bản liên quan|ý kiến bạn đọc|bình luận|bản quyền|copyright|©)/iu;

export function isClutterLine(text: string): boolean {
  if (text.length > 160) return false;
  return (
    NAV_RE.test(text) ||
    META_RE.test(text) ||
    /cookie/iu.test(text) ||
    /^(?:©|copyright|bản quyền)/iu.test(text) ||
    /^[»›>|/\s]+$/u.test(text)
  );
}

const KH_EXACT_RE = /^KẾ\s*HOẠCH:?$/u;
const KH_START_RE = /^KẾ\s*HOẠCH(?:\s|$)/u;
const NUMBER_RE = /^Số\s*[:：]/u;
const DATE_LINE_RE = /,?\s*ngày\s*[\d.…_ ]*\s*tháng\s*[\d.…_ ]*\s*năm\s*\d{4}/iu;
const SIGN_RE = /^(?:TM|KT|Q|TL|TUQ)\.\s*\p{Lu}/u;

function isHeaderish(t: string): boolean {
  if (isClutterLine(t)) return false;
  return (
    (isAllCaps(t) && t.length <= 120) ||
    NUMBER_RE.test(t) ||
    DATE_LINE_RE.test(t) ||
    /Độc lập\s*[-–—]\s*Tự do/iu.test(t) ||
    isRuleLine(t)
  );
}

export interface Bounds {
  /** Index (0-based) of the first line of the document. */
  start: number;
  /** Index one past the last line of the body (before "Nơi nhận", the signature or a page footer). */
  bodyEnd: number;
  /** Index of the "Nơi nhận" line, or -1. */
  recipientsAt: number;
  /** Index one past the last line that may still belong to the document (appendix tables). */
  end: number;
}

export function findBounds(lines: Line[]): Bounds {
  let anchor = lines.findIndex((l) => KH_EXACT_RE.test(l.text));
  if (anchor < 0) anchor = lines.findIndex((l) => KH_START_RE.test(l.text));
  if (anchor < 0) anchor = lines.findIndex((l) => NUMBER_RE.test(l.text));
  let start = 0;
  if (anchor >= 0) {
    start = anchor;
    for (let j = anchor - 1; j >= 0 && anchor - j <= 20; j--) {
      const t = lines[j]!.text;
      if (!t) continue;
      if (!isHeaderish(t)) break;
      start = j;
    }
  }

  let end = lines.length;
  for (let i = start + 1; i < lines.length; i++) {
    if (FOOTER_RE.test(lines[i]!.text)) {
      end = i;
      break;
    }
  }
  let recipientsAt = -1;
  let bodyEnd = end;
  for (let i = start + 1; i < end; i++) {
    const t = lines[i]!.text;
    if (/^Nơi nhận\s*[:：]?/iu.test(t)) {
      recipientsAt = i;
      bodyEnd = i;
      break;
    }
    // A signature block pasted before the recipients list ends the body too.
    if (SIGN_RE.test(t) && isAllCaps(t.split(/\t| {3,}/u)[0]!)) {
      bodyEnd = i;
      const nn = lines.findIndex((l, k) => k > i && k < end && /^Nơi nhận\s*[:：]?/iu.test(l.text));
      recipientsAt = nn;
      break;
    }
  }
  return { start, bodyEnd, recipientsAt, end };
}

const CONNECTOR_END_RE =
  /(?:,|\s(?:và|của|các|cho|với|về|trên|tại|theo|để|trong|là|được|có|như|từ|đến|hoặc|cùng|nhằm|gồm|thuộc|những|đối với|sự|việc|về việc|số))$/iu;
const TERMINAL_END_RE = /[.;:!?…”")]$/u;
// Capitalised words that open a paragraph rather than continue one.
const OPENER_RE =
  /^(?:Căn cứ|Thực hiện|Nhằm|Để|Trên cơ sở|Tiếp tục|Tăng cường|Triển khai|Đẩy mạnh|Nâng cao|Xây dựng|Đề nghị|Giao|Yêu cầu|Trong quá trình)\s/u;

export function startsNewItem(t: string): boolean {
  return (
    detectMarker(t) !== null ||
    detectLabel(t) !== null ||
    /^(?:Nơi nhận|Lưu\s*[:：]|Số\s*[:：]|KẾ\s*HOẠCH|PHỤ LỤC|Phụ lục\s)/u.test(t) ||
    SIGN_RE.test(t) ||
    isRuleLine(t) ||
    (isAllCaps(t) && t.length > 3)
  );
}

function shouldJoin(prev: string, next: string, blankBetween: boolean, layout: 'text' | 'docx'): boolean {
  if (startsNewItem(next) || isRuleLine(prev)) return false;
  if (isAllCaps(prev)) return false;
  if (startsLower(next)) return true;
  if (CONNECTOR_END_RE.test(prev)) return true;
  if (layout === 'docx' || blankBetween) return false;
  if (TERMINAL_END_RE.test(prev) || OPENER_RE.test(next)) return false;
  // A long line cut without punctuation was wrapped by the page; a short one is a heading.
  return prev.length >= 60;
}

/** Joins hard-wrapped lines into paragraphs; `skip` holds line numbers consumed by tables. */
export function joinBlocks(lines: Line[], layout: 'text' | 'docx', skip: ReadonlySet<number>): Block[] {
  const blocks: Block[] = [];
  let cur: (Block & { lastLine: string }) | null = null;
  let blank = false;
  const flush = (): void => {
    if (cur) blocks.push({ text: cur.text, first: cur.first, last: cur.last });
    cur = null;
  };
  for (const line of lines) {
    if (skip.has(line.no)) {
      flush();
      continue;
    }
    const t = line.text;
    if (!t || isClutterLine(t)) {
      blank = blank || !t;
      continue;
    }
    if (cur !== null && shouldJoin((cur as Block & { lastLine: string }).lastLine, t, blank, layout)) {
      const c: Block & { lastLine: string } = cur;
      c.text += ` ${t}`;
      c.last = line.no;
      c.lastLine = t;
    } else {
      flush();
      cur = { text: t, first: line.no, last: line.no, lastLine: t };
    }
    blank = false;
  }
  flush();
  return blocks;
}
