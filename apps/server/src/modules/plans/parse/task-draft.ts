// A task while it is being read (paragraphs or table rows), and its conversion into the output
// shape: agency lists split, time frame parsed, inline assignments resolved, warnings raised.
import type { AgencySplitter } from './agencies';
import { detectLabels, findInlineAssignment, type LabelKind } from './labels';
import { parseTimeframe } from './timeframe';
import type { ParsedSubtask, ParsedTask, TaskSource } from './types';
import { ref, stripEdgePunct } from './text-util';
import { parseWarnings } from './messages';

export interface FieldValue {
  value: string;
  first: number;
  last: number;
  text: string;
}

export interface TaskDraft {
  number: string;
  content: string[];
  first: number;
  last: number;
  contentLast: number;
  fields: Partial<Record<LabelKind, FieldValue>>;
  bullets: FieldValue[];
  subtasks: TaskDraft[];
  group: string | null;
  pending: LabelKind | null;
}

export function newDraft(number: string, content: string, first: number, last: number): TaskDraft {
  return {
    number,
    content: content ? [content] : [],
    first,
    last,
    contentLast: last,
    fields: {},
    bullets: [],
    subtasks: [],
    group: null,
    pending: null,
  };
}

export function setField(d: TaskDraft, kind: LabelKind, v: FieldValue): void {
  const cur = d.fields[kind];
  if (cur && cur.value) {
    cur.value = `${cur.value}; ${v.value}`;
    cur.last = v.last;
    cur.text = `${cur.text}\n${v.text}`;
  } else {
    d.fields[kind] = { ...v };
  }
  d.last = Math.max(d.last, v.last);
}

export interface FinalizeContext {
  split: AgencySplitter;
  year: number | null;
  warnings: string[];
}

/** Labels written in parentheses inside the task text: "(Chủ trì: X; Thời gian: Quý II/2025)". */
function parenthesisedFields(d: TaskDraft, content: string): void {
  for (const m of content.matchAll(/\(([^()]{4,400})\)/gu)) {
    for (const hit of detectLabels(m[1]!.trim())) {
      if (!d.fields[hit.kind] && hit.value) {
        d.fields[hit.kind] = { value: hit.value, first: d.first, last: d.contentLast, text: m[0] };
      }
    }
  }
}

function toSubtask(d: TaskDraft, ctx: FinalizeContext): ParsedSubtask {
  const content = d.content.join('\n').trim();
  parenthesisedFields(d, content);
  const source: TaskSource = { content: ref(d.first, d.contentLast, content) };
  let lead: string[] = [];
  let partners: string[] = [];
  const lf = d.fields.lead;
  const pf = d.fields.partners;
  if (lf) {
    lead = ctx.split(lf.value);
    source.lead = ref(lf.first, lf.last, lf.text);
  }
  if (pf) {
    partners = ctx.split(pf.value);
    source.partners = ref(pf.first, pf.last, pf.text);
  }
  if (lead.length === 0) {
    // "Phòng Nội vụ chủ trì, phối hợp với Phòng Tư pháp và các đơn vị liên quan thực hiện."
    // Bullets may name their own leads (they become subtasks); search the task's own paragraphs.
    const own = d.content.filter((c) => !d.bullets.some((b) => b.text === c)).join('\n');
    const inline = findInlineAssignment(own);
    if (inline) {
      lead = ctx.split(inline.lead);
      source.lead = ref(d.first, d.contentLast, inline.text);
      if (partners.length === 0 && inline.partners) {
        partners = ctx.split(inline.partners);
        source.partners = ref(d.first, d.contentLast, inline.text);
      }
    }
  }
  let timeframe: string | null = null;
  const tf = d.fields.timeframe;
  if (tf) {
    timeframe = stripEdgePunct(tf.value) || null;
    source.timeframe = ref(tf.first, tf.last, tf.text);
  }
  let outputs: string | null = null;
  const of = d.fields.outputs;
  if (of) {
    outputs = stripEdgePunct(of.value) || null;
    source.outputs = ref(of.first, of.last, of.text);
  }
  return {
    number: d.number,
    content,
    lead,
    partners,
    timeframe,
    timeframeParsed: timeframe ? parseTimeframe(timeframe, ctx.year) : null,
    outputs,
    sourceLines: [d.first, d.last],
    source,
  };
}

/** Bullets that each name their own lead become subtasks of a task that has none. */
function bulletSubtasks(d: TaskDraft): void {
  if (d.fields.lead || d.subtasks.length > 0 || d.bullets.length < 2) return;
  const withLead = d.bullets.filter((b) => findInlineAssignment(b.value) !== null);
  if (withLead.length < 2) return;
  d.subtasks = d.bullets.map((b, i) => {
    const s = newDraft(`${d.number}.${i + 1}`, b.value, b.first, b.last);
    return s;
  });
}

export function finalizeTask(d: TaskDraft, ctx: FinalizeContext): ParsedTask {
  bulletSubtasks(d);
  const base = toSubtask(d, ctx);
  const subtasks = d.subtasks.map((s) => toSubtask(s, ctx));
  const anyLead = base.lead.length > 0 || subtasks.some((s) => s.lead.length > 0);
  if (!anyLead) ctx.warnings.push(parseWarnings.taskNoLead(d.number));
  if (base.timeframe === null && !subtasks.some((s) => s.timeframe !== null)) {
    ctx.warnings.push(parseWarnings.taskNoTimeframe(d.number));
  }
  for (const t of [base, ...subtasks]) {
    if (t.timeframeParsed?.kind === 'unknown') {
      ctx.warnings.push(parseWarnings.taskTimeframeUnclear(t.number, t.timeframe ?? ''));
    }
  }
  return {
    ...base,
    group: d.group,
    subtasks,
    sourceLines: [d.first, Math.max(d.last, ...subtasks.map((s) => s.sourceLines[1]))],
  };
}
