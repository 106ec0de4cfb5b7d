// Reads a .docx with mammoth (convertToHtml keeps tables, which extractRawText flattens) and turns it
// into the plain-text form the text parser understands: one line per paragraph, Word lists as
// "1. " / "- " lines, task tables as pipe rows ("<br>" for a paragraph break inside a cell), and
// layout tables (the header block, the signature block) as their cells' paragraphs in order.
import { inlineText, parseHtml, type HtmlNode } from './html';
import { classifyHeader } from './table';
import { collapse } from './text-util';

const SKIP_IN_PARAGRAPH = new Set(['ol', 'ul', 'table']);

function children(node: HtmlNode, tags: readonly string[]): HtmlNode[] {
  return node.children.filter((c): c is HtmlNode => typeof c !== 'string' && tags.includes(c.tag));
}

function pushText(text: string, out: string[], prefix = ''): void {
  const lines = text
    .split('\n')
    .map(collapse)
    .filter((l) => l !== '');
  lines.forEach((l, i) => out.push(i === 0 ? prefix + l : l));
}

function renderList(list: HtmlNode, out: string[], parent: string | null): void {
  let i = 0;
  for (const li of children(list, ['li'])) {
    i++;
    const num = list.tag === 'ol' ? (parent ? `${parent}.${i}` : String(i)) : null;
    pushText(inlineText(li, SKIP_IN_PARAGRAPH), out, num ? `${num}. ` : '- ');
    for (const c of li.children) {
      if (typeof c === 'string') continue;
      if (c.tag === 'ol' || c.tag === 'ul') renderList(c, out, num ?? parent);
      else if (c.tag === 'table') renderTable(c, out);
    }
  }
}

interface GridCell {
  paras: string[];
  /** Filled from a cell above (rowspan) or to the left (colspan). */
  copy: boolean;
}

function rowsOf(table: HtmlNode): HtmlNode[] {
  const rows: HtmlNode[] = [];
  for (const c of table.children) {
    if (typeof c === 'string') continue;
    if (c.tag === 'tr') rows.push(c);
    else if (c.tag === 'thead' || c.tag === 'tbody' || c.tag === 'tfoot') rows.push(...children(c, ['tr']));
  }
  return rows;
}

function renderTable(table: HtmlNode, out: string[]): void {
  const grid: GridCell[][] = [];
  rowsOf(table).forEach((tr, r) => {
    grid[r] ??= [];
    let col = 0;
    for (const td of children(tr, ['td', 'th'])) {
      while (grid[r]![col]) col++;
      const paras: string[] = [];
      renderBlocks(td, paras);
      const rs = Math.max(1, Math.min(50, Number(td.attrs.rowspan ?? 1) || 1));
      const cs = Math.max(1, Math.min(50, Number(td.attrs.colspan ?? 1) || 1));
      for (let dr = 0; dr < rs; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < cs; dc++) {
          // A merged cell's text is copied down (each task row keeps its lead), not across.
          grid[r + dr]![col + dc] = { paras: dc === 0 ? paras : [], copy: dr > 0 || dc > 0 };
        }
      }
      col += cs;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  const text = (c: GridCell | undefined): string => (c?.paras ?? []).join('<br>').replace(/\|/g, '/');
  const headerAt = grid.findIndex(
    (row) => classifyHeader(Array.from({ length: width }, (_, i) => text(row[i]))) !== null,
  );
  out.push('');
  grid.forEach((row, r) => {
    if (headerAt >= 0 && r >= headerAt) {
      out.push(`| ${Array.from({ length: width }, (_, i) => text(row[i])).join(' | ')} |`);
    } else {
      for (const cell of row) if (cell && !cell.copy) out.push(...cell.paras);
    }
  });
  out.push('');
}

function renderBlocks(node: HtmlNode, out: string[]): void {
  for (const c of node.children) {
    if (typeof c === 'string') {
      pushText(c, out);
    } else if (/^(?:p|h[1-6]|li)$/u.test(c.tag)) {
      pushText(inlineText(c, SKIP_IN_PARAGRAPH), out);
      for (const inner of c.children) {
        if (typeof inner !== 'string' && (inner.tag === 'ol' || inner.tag === 'ul'))
          renderList(inner, out, null);
        else if (typeof inner !== 'string' && inner.tag === 'table') renderTable(inner, out);
      }
    } else if (c.tag === 'ol' || c.tag === 'ul') {
      renderList(c, out, null);
    } else if (c.tag === 'table') {
      renderTable(c, out);
    } else {
      renderBlocks(c, out);
    }
  }
}

export function htmlToPlanText(html: string): string {
  const out: string[] = [];
  renderBlocks(parseHtml(html), out);
  return out.join('\n');
}

/** Plain text of a .docx; throws whatever mammoth throws on a damaged file. */
export async function docxToText(buf: Buffer): Promise<string> {
  // Loaded on first use: the Word reader is heavy and most requests never need it.
  const { default: mammoth } = await import('mammoth');
  const result = await mammoth.convertToHtml({ buffer: buf });
  return htmlToPlanText(result.value);
}
