// Text of the non-task sections: purpose and requirements (I), funding (III) and the
// responsibilities of each agency (IV. TỔ CHỨC THỰC HIỆN).
import type { AgencySplitter } from './agencies';
import { startsWithAgencyHead } from './agency-heads';
import { detectMarker } from './markers';
import type { Section } from './sections';
import type { OrganisationItem } from './types';
import { fold, ref, stripEdgePunct, wordCount } from './text-util';

type Ref = ReturnType<typeof ref>;
type Block = Section['blocks'][number];

/** The source lines a field was read from: its blocks, first to last (for the review screen). */
function blocksRef(blocks: Block[]): Ref | undefined {
  const first = blocks[0];
  const last = blocks[blocks.length - 1];
  return first && last ? ref(first.first, last.last, blocks.map((b) => b.text).join('\n')) : undefined;
}

export function readPurpose(sections: Section[]): {
  purpose: string | null;
  requirements: string[];
  source: { purpose?: Ref; requirements?: Ref };
} {
  const out = { purpose: [] as string[], requirements: [] as string[] };
  const from = { purpose: [] as Block[], requirements: [] as Block[] };
  for (const s of sections) {
    let target: 'purpose' | 'requirements' =
      /yêu cầu/u.test(fold(s.title)) && !/mục đích|mục tiêu/u.test(fold(s.title))
        ? 'requirements'
        : 'purpose';
    for (const b of s.blocks) {
      const m = detectMarker(b.text);
      const text = m && m.kind !== 'bullet' ? m.rest : b.text;
      const head = fold(text);
      // Sub-headings "1. Mục đích" / "2. Yêu cầu", possibly with the text after a colon.
      const sub = /^(mục đích|mục tiêu|yêu cầu)\s*(?:[:.]\s*(.*))?$/u.exec(head);
      if (m && m.kind !== 'bullet' && sub) {
        target = sub[1] === 'yêu cầu' ? 'requirements' : 'purpose';
        const inline = text.slice(text.length - (sub[2]?.length ?? 0)).trim();
        if (inline) out[target].push(inline);
        if (inline) from[target].push(b);
        continue;
      }
      out[target].push(m?.kind === 'bullet' ? m.rest : b.text);
      from[target].push(b);
    }
  }
  const purpose = blocksRef(from.purpose);
  const requirements = blocksRef(from.requirements);
  return {
    purpose: out.purpose.length > 0 ? out.purpose.join('\n') : null,
    requirements: out.requirements,
    source: { ...(purpose ? { purpose } : {}), ...(requirements ? { requirements } : {}) },
  };
}

export function readFunding(sections: Section[]): { funding: string | null; source?: Ref } {
  const blocks = sections.flatMap((s) => s.blocks);
  const source = blocksRef(blocks);
  return blocks.length > 0
    ? { funding: blocks.map((b) => b.text).join('\n'), ...(source ? { source } : {}) }
    : { funding: null };
}

// Verbs that follow the agency in "Đề nghị Ủy ban MTTQ …, các tổ chức chính trị - xã hội đẩy mạnh …".
const VERB_RE =
  /(?<!các)\s(?:đẩy mạnh|chủ động|phối hợp|tổ chức|triển khai|chỉ đạo|căn cứ|có trách nhiệm|thực hiện|tham mưu|hướng dẫn|tăng cường|xây dựng|bố trí|theo dõi|kiểm tra|tuyên truyền|rà soát)(?=\s|$|[,.;])/iu;

function splitAgency(text: string): { agency: string | null; rest: string } {
  const colon = text.indexOf(':');
  if (colon > 0 && colon <= 160 && wordCount(text.slice(0, colon)) <= 15) {
    const agency = text.slice(0, colon).trim();
    let rest = text.slice(colon + 1).trim();
    // "Các phòng, đơn vị: Giáo dục và Đào tạo; Tư pháp; … căn cứ chức năng …": the list is part of the name.
    if (/^các\s+(?:phòng|đơn vị|cơ quan|sở|ban|ngành)/iu.test(agency)) {
      // Unless the text right after the colon is already the verb ("Các cơ quan: Chủ động …").
      const v = VERB_RE.exec(` ${rest}`);
      if (v && v.index > 0 && v.index < 400) {
        return {
          agency: `${agency}: ${rest.slice(0, v.index - 1).trim()}`,
          rest: rest.slice(v.index - 1).trim(),
        };
      }
    }
    rest = rest.replace(/^\s+/u, '');
    return { agency, rest };
  }
  const stripped = text.replace(/^(?:Đề nghị|Giao|Yêu cầu)\s+/u, '');
  const v = VERB_RE.exec(stripped);
  if (v && v.index < 250 && startsWithAgencyHead(stripped)) {
    return { agency: stripped.slice(0, v.index).trim(), rest: text };
  }
  return { agency: null, rest: text };
}

export function readOrganisation(sections: Section[], split: AgencySplitter): OrganisationItem[] {
  const items: OrganisationItem[] = [];
  for (const s of sections) {
    let cur: OrganisationItem | null = null;
    let topDepth: number | null = null;
    for (const b of s.blocks) {
      const m = detectMarker(b.text);
      const isItem =
        m !== null &&
        (m.kind === 'decimal' || m.kind === 'letter') &&
        (topDepth === null || m.depth === topDepth);
      if (isItem && m) {
        topDepth ??= m.depth;
        const { agency, rest } = splitAgency(m.rest);
        cur = {
          number: m.label,
          agency: agency ? stripEdgePunct(agency) : null,
          agencies: agency
            ? split(agency.replace(/^(?:Các phòng, đơn vị|Các phòng|Các đơn vị)\s*:\s*/iu, ''))
            : [],
          responsibilities: rest,
          source: ref(b.first, b.last, b.text),
        };
        items.push(cur);
        continue;
      }
      if (cur) {
        cur.responsibilities = `${cur.responsibilities}\n${b.text}`.trim();
        cur.source = ref(cur.source.lines[0], b.last, `${cur.source.text}\n${b.text}`);
      }
    }
  }
  return items;
}
