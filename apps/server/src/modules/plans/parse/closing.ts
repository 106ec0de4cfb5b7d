// The closing block: "Nơi nhận:" with one recipient per "- " line (hard-wrapped lines joined),
// the filing note "Lưu: VT." kept apart, and the signature lines.
import type { Line } from './normalize';
import { isClutterLine } from './normalize';
import type { SourceRef } from './types';
import { collapse, isAllCaps, ref, stripEdgePunct } from './text-util';

export interface Closing {
  recipients: string[];
  filing: string | null;
  signature: string[];
  source?: SourceRef;
}

const BULLET_RE = /^[-–—+•*]\s*/u;
const SIGN_RE = /^(?:TM|KT|Q|TL|TUQ)\.\s*\p{Lu}|^(?:PHÓ\s+)?CHỦ\s+TỊCH$|^\(?Đã\s+ký\)?$/u;
const FILING_RE = /^Lưu\s*[:：]/u;

const NAME_RE = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5}$/u;

/** Reads from the "Nơi nhận" line; a signature column pasted beside the list is split at tabs. */
export function parseClosing(lines: Line[], at: number, end: number): Closing {
  const out: Closing = { recipients: [], filing: null, signature: [] };
  if (at < 0) return out;
  let phase: 'list' | 'sign' = 'list';
  let open = false; // the last recipient may continue on the next line
  let last = at;
  for (let i = at; i < end; i++) {
    const cells = lines[i]!.raw.split(/\t+| {4,}/u)
      .map(collapse)
      .filter((c) => c !== '' && !isClutterLine(c));
    if (i === at && cells[0]) cells[0] = cells[0].replace(/^Nơi nhận\s*[:：]?\s*/iu, '');
    const first = cells[0] ?? '';
    out.signature.push(...cells.slice(1));
    if (!first) continue;
    const signLike = SIGN_RE.test(first) || (isAllCaps(first) && !BULLET_RE.test(first));
    if (phase === 'list') {
      if (BULLET_RE.test(first)) {
        const item = first.replace(BULLET_RE, '');
        if (FILING_RE.test(item)) {
          out.filing = stripEdgePunct(item);
          open = false;
        } else {
          out.recipients.push(item);
          open = !/[;.]$/u.test(item);
        }
        last = i;
        continue;
      }
      if (open && !signLike && out.recipients.length > 0) {
        const k = out.recipients.length - 1;
        out.recipients[k] = `${out.recipients[k]} ${first}`;
        open = !/[;.]$/u.test(first);
        last = i;
        continue;
      }
      if (FILING_RE.test(first)) {
        out.filing = stripEdgePunct(first);
        last = i;
        continue;
      }
      if (!signLike && out.recipients.length === 0 && !out.filing) continue;
      phase = 'sign';
    }
    // Signature: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", the signer's name.
    if (signLike || NAME_RE.test(first)) out.signature.push(first);
    else break;
  }
  out.recipients = out.recipients.map(stripEdgePunct).filter((r) => r !== '');
  const used = lines.slice(at, last + 1);
  out.source = ref(
    used[0]!.no,
    used[used.length - 1]!.no,
    used
      .map((l) => l.text)
      .filter(Boolean)
      .join('\n'),
  );
  return out;
}
