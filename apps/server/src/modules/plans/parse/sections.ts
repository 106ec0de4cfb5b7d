// Splits the body into its roman-numeral sections (I. MỤC ĐÍCH, YÊU CẦU; II. NHIỆM VỤ …; III. KINH
// PHÍ; IV. TỔ CHỨC THỰC HIỆN; V. CHẾ ĐỘ BÁO CÁO), in capitals or not, and classifies each by title.
import type { Block } from './normalize';
import { detectMarker } from './markers';
import type { SectionKind } from './types';
import { fold, isAllCaps, wordCount } from './text-util';

export interface Section {
  number: string | null;
  title: string;
  kind: SectionKind;
  heading: Block;
  blocks: Block[];
}

export function classifySection(title: string): SectionKind {
  const t = fold(title);
  if (/kinh phí/u.test(t)) return 'funding';
  if (/tổ chức thực hiện|trách nhiệm thực hiện|phân công thực hiện|phân công nhiệm vụ/u.test(t))
    return 'organisation';
  if (/báo cáo/u.test(t)) return 'reporting';
  if (/nhiệm vụ|giải pháp|nội dung|hoạt động/u.test(t)) return 'tasks';
  if (/mục đích|yêu cầu|mục tiêu/u.test(t)) return 'purpose';
  return 'other';
}

const KEYWORD_RE =
  /MỤC ĐÍCH|YÊU CẦU|MỤC TIÊU|NHIỆM VỤ|GIẢI PHÁP|NỘI DUNG|KINH PHÍ|TỔ CHỨC THỰC HIỆN|BÁO CÁO/u;

/** A heading with an inline body ("III. Kinh phí: Nguồn ngân sách …") is split in two. */
function splitHeading(block: Block, rest: string): { title: string; body: Block | null } {
  const colon = rest.indexOf(':');
  if (colon > 0 && colon < 80 && rest.length - colon > 20) {
    return {
      title: rest.slice(0, colon).trim(),
      body: { text: rest.slice(colon + 1).trim(), first: block.first, last: block.last },
    };
  }
  return { title: rest.replace(/[.:]\s*$/u, '').trim(), body: null };
}

export function splitSections(blocks: Block[]): { preamble: Block[]; sections: Section[] } {
  const preamble: Block[] = [];
  const sections: Section[] = [];
  let lastValue = 0;
  for (const b of blocks) {
    const m = detectMarker(b.text);
    const isRoman =
      m?.kind === 'roman' &&
      m.value !== null &&
      m.rest.length > 0 &&
      m.value > lastValue &&
      m.value <= lastValue + 2 &&
      wordCount(m.rest) <= 25;
    if (isRoman && m) {
      const { title, body } = splitHeading(b, m.rest);
      sections.push({
        number: m.label,
        title,
        kind: classifySection(title),
        heading: b,
        blocks: body ? [body] : [],
      });
      lastValue = m.value!;
      continue;
    }
    const cur = sections[sections.length - 1];
    if (cur) cur.blocks.push(b);
    else preamble.push(b);
  }
  if (sections.length > 0) return { preamble, sections };

  // No roman numerals: fall back to capitalised keyword headings after the title block.
  const out: Section[] = [];
  const pre: Block[] = [];
  let seenProse = false;
  for (const b of blocks) {
    const heading = seenProse && isAllCaps(b.text) && wordCount(b.text) <= 12 && KEYWORD_RE.test(b.text);
    if (heading) {
      const title = b.text.replace(/[.:]\s*$/u, '');
      out.push({ number: null, title, kind: classifySection(title), heading: b, blocks: [] });
      continue;
    }
    // Prose means a sentence (the preamble), not the header's number/date lines or the title.
    if (!isAllCaps(b.text) && (/[.;:]$/u.test(b.text) || b.text.length >= 80)) seenProse = true;
    const cur = out[out.length - 1];
    if (cur) cur.blocks.push(b);
    else pre.push(b);
  }
  return { preamble: pre, sections: out };
}
