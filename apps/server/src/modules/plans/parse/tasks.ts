// Reads the numbered tasks of the task sections (1. / 1.1. / a) / -), with their labelled fields
// ("Cơ quan chủ trì:", "Phối hợp:", "Thời gian: …"), and the rows of task tables.
import { detectLabels, looksLikeBareTimeframe } from './labels';
import type { Block } from './normalize';
import { detectMarker, type Marker } from './markers';
import type { TextTable } from './table';
import { newDraft, setField, type TaskDraft } from './task-draft';
import { romanValue, stripEdgePunct } from './text-util';

type TopKind = 'dec1' | 'decN' | 'letter' | 'bullet';

function topKindOf(blocks: Block[]): { kind: TopKind; depth: number } | null {
  let minDepth = Infinity;
  let letter = false;
  let bullet = false;
  for (const b of blocks) {
    const m = detectMarker(b.text);
    if (!m) continue;
    if (m.kind === 'decimal') minDepth = Math.min(minDepth, m.depth);
    else if (m.kind === 'letter') letter = true;
    else if (m.kind === 'bullet' && m.depth === 1 && detectLabels(m.rest).length === 0) bullet = true;
  }
  if (minDepth === 1) return { kind: 'dec1', depth: 1 };
  if (minDepth < Infinity) return { kind: 'decN', depth: minDepth };
  if (letter) return { kind: 'letter', depth: 1 };
  if (bullet) return { kind: 'bullet', depth: 1 };
  return null;
}

function isTop(m: Marker, top: { kind: TopKind; depth: number }): boolean {
  if (top.kind === 'dec1' || top.kind === 'decN') return m.kind === 'decimal' && m.depth === top.depth;
  if (top.kind === 'letter') return m.kind === 'letter';
  return m.kind === 'bullet' && m.depth === 1;
}

function isSub(m: Marker, top: { kind: TopKind; depth: number }): boolean {
  if (top.kind === 'dec1' || top.kind === 'decN')
    return (m.kind === 'decimal' && m.depth > top.depth) || m.kind === 'letter';
  return false;
}

/** Drafts of the numbered tasks in the blocks of one task section. */
export function readParagraphTasks(blocks: Block[]): TaskDraft[] {
  const top = topKindOf(blocks);
  if (!top) return [];
  const tasks: TaskDraft[] = [];
  let task: TaskDraft | null = null;
  let sub: TaskDraft | null = null;
  let bulletCount = 0;

  for (const b of blocks) {
    const target: TaskDraft | null = sub ?? task;
    const m = detectMarker(b.text);
    const body = m?.kind === 'bullet' ? m.rest : b.text;

    // A label with its value on the next line: "Cơ quan chủ trì:" / "Phòng Nội vụ".
    if (target?.pending && !m && detectLabels(body).length === 0) {
      setField(target, target.pending, { value: b.text, first: b.first, last: b.last, text: b.text });
      target.pending = null;
      continue;
    }
    const labels = !m || m.kind === 'bullet' ? detectLabels(body) : [];
    if (labels.length > 0) {
      if (!target) continue;
      for (const hit of labels) {
        setField(target, hit.kind, { value: hit.value, first: b.first, last: b.last, text: b.text });
        target.pending = hit.value ? null : hit.kind;
      }
      continue;
    }
    if (
      target &&
      !target.fields.timeframe &&
      (m === null || m.kind === 'bullet') &&
      looksLikeBareTimeframe(body)
    ) {
      setField(target, 'timeframe', { value: body, first: b.first, last: b.last, text: b.text });
      continue;
    }
    if (m && isTop(m, top)) {
      const number = top.kind === 'bullet' ? String(++bulletCount) : m.label;
      task = newDraft(number, m.rest, b.first, b.last);
      tasks.push(task);
      sub = null;
      continue;
    }
    if (m && task && isSub(m, top)) {
      sub = newDraft(m.kind === 'letter' ? `${task.number}.${m.label}` : m.label, m.rest, b.first, b.last);
      task.subtasks.push(sub);
      task.last = b.last;
      continue;
    }
    if (!target) continue; // Introductory prose of the section.
    // Anything else continues the current item's text. A paragraph after the labels is still text.
    target.content.push(b.text);
    if (m?.kind === 'bullet')
      target.bullets.push({ value: m.rest, first: b.first, last: b.last, text: b.text });
    target.contentLast = Math.max(target.contentLast, b.last);
    target.last = Math.max(target.last, b.last);
    if (sub && task) task.last = Math.max(task.last, b.last);
  }
  for (const t of tasks) {
    const lastSub = t.subtasks[t.subtasks.length - 1];
    if (lastSub) t.last = Math.max(t.last, lastSub.last);
  }
  return tasks;
}

function cellText(s: string): string {
  return s
    .replace(/<br\s*\/?>/giu, '\n')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** Drafts from the rows of task tables. */
export function readTableTasks(tables: TextTable[]): TaskDraft[] {
  const tasks: TaskDraft[] = [];
  for (const table of tables) {
    const col = (row: string[], kind: string): string =>
      table.columns
        .map((c, i) => (c === kind ? (row[i] ?? '') : ''))
        .filter((x) => x.trim() !== '')
        .join('; ');
    let group: string | null = null;
    let prev: TaskDraft | null = null;
    let seq = 0;
    for (const row of table.rows) {
      const cells = row.cells;
      const filled = cells.filter((c) => c.trim() !== '');
      if (filled.length === 0) continue;
      const stt = stripEdgePunct(cellText(col(cells, 'stt')).replace(/\)$/u, ''));
      const content = cellText(col(cells, 'content'));
      const lead = col(cells, 'lead');
      const partners = col(cells, 'partners');
      const timeframe = cellText(col(cells, 'timeframe')).replace(/\n/g, ' ');
      const outputs = cellText(col(cells, 'outputs'));
      // Group rows: a roman numeral, or a single filled cell spanning the row.
      const romanStt = stt !== '' && romanValue(stt) !== null && !lead && !partners;
      if (romanStt || (filled.length === 1 && !lead && !partners && !timeframe)) {
        group = romanStt ? [stt, content].filter(Boolean).join('. ') : cellText(filled[0]!);
        prev = null;
        continue;
      }
      // A row without number and content continues the previous task (a cell split over rows).
      const same =
        prev !== null &&
        ((stt === '' && content === '') ||
          (stt !== '' && stt === prev.number && content === prev.content.join('\n')));
      const d: TaskDraft =
        same && prev ? prev : newDraft(stt || String(seq + 1), content, row.first, row.last);
      if (!same) {
        seq++;
        d.group = group;
        const parent = /^(\d+)\.\d+/u.exec(d.number)?.[1];
        const owner = parent ? tasks.find((t) => t.number === parent && t.group === group) : undefined;
        if (owner) owner.subtasks.push(d);
        else tasks.push(d);
      }
      const v = (value: string): { value: string; first: number; last: number; text: string } => ({
        value,
        first: row.first,
        last: row.last,
        text: value,
      });
      if (lead.trim()) setField(d, 'lead', v(lead));
      if (partners.trim()) setField(d, 'partners', v(partners));
      if (timeframe && !d.fields.timeframe) setField(d, 'timeframe', v(timeframe));
      if (outputs) setField(d, 'outputs', v(outputs));
      d.last = Math.max(d.last, row.last);
      d.contentLast = Math.max(d.contentLast, row.last);
      prev = d;
    }
  }
  return tasks;
}
