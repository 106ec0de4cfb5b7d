// A minimal reader for the HTML that mammoth produces (p, h1–h6, ol/ul/li, table/tr/td/th,
// strong/em/a/br/img/sup/sub). mammoth's output is well formed, so a tag tokenizer and a stack
// are enough; no general-purpose HTML parser is needed.

export interface HtmlNode {
  tag: string;
  attrs: Record<string, string>;
  children: (HtmlNode | string)[];
}

const VOID = new Set(['br', 'img', 'hr', 'col', 'meta', 'input']);

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/giu, (_, e: string) => {
    const k = e.toLowerCase();
    if (k === 'amp') return '&';
    if (k === 'lt') return '<';
    if (k === 'gt') return '>';
    if (k === 'quot') return '"';
    if (k === 'apos') return "'";
    if (k === 'nbsp') return ' ';
    const code = k.startsWith('#x') ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
  });
}

function parseAttrs(s: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of s.matchAll(/([a-zA-Z-]+)\s*=\s*"([^"]*)"/gu))
    attrs[m[1]!.toLowerCase()] = decodeEntities(m[2]!);
  return attrs;
}

export function parseHtml(html: string): HtmlNode {
  const root: HtmlNode = { tag: 'root', attrs: {}, children: [] };
  const stack: HtmlNode[] = [root];
  const re = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)|</gu;
  for (const m of html.matchAll(re)) {
    const top = stack[stack.length - 1]!;
    if (m[4] !== undefined) {
      top.children.push(decodeEntities(m[4]));
      continue;
    }
    if (m[2] === undefined) {
      top.children.push('<');
      continue;
    }
    const tag = m[2].toLowerCase();
    if (m[1]) {
      // Close the nearest open element with this tag; ignore a stray end tag.
      const at = stack.map((n) => n.tag).lastIndexOf(tag);
      if (at > 0) stack.length = at;
      continue;
    }
    const node: HtmlNode = { tag, attrs: parseAttrs(m[3] ?? ''), children: [] };
    top.children.push(node);
    if (!VOID.has(tag) && !(m[3] ?? '').trim().endsWith('/')) stack.push(node);
  }
  return root;
}

/** Inline text of a node; `<br>` becomes a newline. Lists and tables inside are skipped. */
export function inlineText(node: HtmlNode, skip: ReadonlySet<string> = new Set()): string {
  let out = '';
  for (const c of node.children) {
    if (typeof c === 'string') out += c;
    else if (c.tag === 'br') out += '\n';
    else if (!skip.has(c.tag)) out += inlineText(c, skip);
  }
  return out;
}
