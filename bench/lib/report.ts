import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchOptions, Check, ScenarioResult } from './types';

export interface BenchReport {
  schemaVersion: 1;
  startedAt: string;
  finishedAt: string;
  durationS: number;
  machine: Record<string, string | number>;
  options: BenchOptions;
  /** True when every check of every scenario passed. */
  pass: boolean;
  checks: (Check & { scenario: string })[];
  scenarios: ScenarioResult[];
}

export function machineInfo(): Record<string, string | number> {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryMb: Math.round(os.totalmem() / 1024 / 1024),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    hostname: os.hostname(),
    loadAverage1mAtStart: Math.round(os.loadavg()[0]! * 100) / 100,
  };
}

export function buildReport(
  startedAt: Date,
  options: BenchOptions,
  scenarios: ScenarioResult[],
): BenchReport {
  const finished = new Date();
  const machine = machineInfo();
  for (const s of scenarios) Object.assign(machine, s.machine ?? {});
  const checks = scenarios.flatMap((s) => s.checks.map((c) => ({ scenario: s.name, ...c })));
  return {
    schemaVersion: 1,
    startedAt: startedAt.toISOString(),
    finishedAt: finished.toISOString(),
    durationS: Math.round((finished.getTime() - startedAt.getTime()) / 100) / 10,
    machine,
    options,
    pass: checks.every((c) => c.pass),
    checks,
    scenarios,
  };
}

/** bench/results/<timestamp>.json and bench/results/latest.json; returns the first path. */
export function writeReport(dir: string, report: BenchReport): string {
  fs.mkdirSync(dir, { recursive: true });
  const stamp = report.startedAt.replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
  const file = path.join(dir, `${stamp}.json`);
  const text = `${JSON.stringify(report, null, 2)}\n`;
  fs.writeFileSync(file, text);
  fs.writeFileSync(path.join(dir, 'latest.json'), text);
  return file;
}

function table(head: string[], rows: string[][], right: boolean[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (right[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const fmt = (v: number | string | null, unit = ''): string =>
  v === null
    ? '—'
    : typeof v === 'number'
      ? `${Number.isInteger(v) ? v.toLocaleString('en-US') : v.toFixed(1)}${unit ? ` ${unit}` : ''}`
      : `${v}${unit ? ` ${unit}` : ''}`;

export function summary(report: BenchReport): string {
  const m = report.machine;
  const out: string[] = [
    '',
    `Vì Trẻ Em — kết quả đo hiệu năng / benchmark results (${report.startedAt}, ${report.durationS} s)`,
    `Máy / machine: ${m.cpus} CPU (${m.cpuModel}), ${m.memoryMb} MB RAM, ${m.os}, Node ${m.node}` +
      (m.postgres ? `, PostgreSQL ${m.postgres}` : '') +
      `; tải / load avg ${m.loadAverage1mAtStart}`,
  ];
  for (const s of report.scenarios) {
    if (s.http.length) {
      out.push(
        '',
        `[${s.name}] HTTP (autocannon, ${report.options.warmupS} s khởi động/warm-up + ${report.options.durationS} s đo/measured)`,
      );
      out.push(
        table(
          ['phép đo / run', 'conn', 'req/s', 'p50 ms', 'p97.5 ms', 'p99 ms', 'non-2xx', 'lỗi/errors'],
          s.http.map((h) => [
            `${h.method} ${h.path}`,
            String(h.connections),
            fmt(h.reqPerSec),
            String(h.latencyMs.p50),
            String(h.latencyMs.p97_5),
            String(h.latencyMs.p99),
            String(h.non2xx),
            String(h.errors + h.timeouts),
          ]),
          [false, true, true, true, true, true, true, true],
        ),
      );
    }
    const withCpu = s.http.filter((h) => h.cpu);
    if (withCpu.length) {
      const groups = [...new Set(withCpu.flatMap((h) => Object.keys(h.cpu!.msPerRequest)))];
      out.push(
        '',
        `[${s.name}] CPU ms / yêu cầu (request); trần = số lõi × 1000 / tổng ms (máy rảnh) / ceiling = cores × 1000 / total ms (idle machine)`,
      );
      out.push(
        table(
          [
            'phép đo / run',
            ...groups,
            'trần / ceiling req/s',
            'máy bận / machine busy',
            'việc khác / others',
          ],
          withCpu.map((h) => [
            h.name,
            ...groups.map((g) => (h.cpu!.msPerRequest[g] ?? 0).toFixed(3)),
            fmt(h.cpu!.ceilingReqPerSec),
            `${h.cpu!.machineBusyPct}%`,
            `${h.cpu!.othersBusyPct}%`,
          ]),
          [false, ...groups.map(() => true), true, true, true],
        ),
      );
      const noisy = Math.max(...withCpu.map((h) => h.cpu!.othersBusyPct));
      if (noisy >= 10) {
        out.push(
          `! Máy đang bận việc khác (tới ${noisy}% CPU) — req/s thấp hơn máy rảnh / the machine was busy with other work (up to ${noisy}% CPU): req/s is lower than on an idle machine.`,
        );
      }
    }
    if (s.info.length) {
      out.push('', `[${s.name}] số liệu khác / other figures`);
      out.push(
        table(
          ['', 'giá trị / value'],
          s.info.map((i) => [i.label, fmt(i.value, i.unit)]),
          [false, true],
        ),
      );
    }
  }
  out.push('', 'Mục tiêu / targets');
  out.push(
    table(
      ['chỉ tiêu / figure', 'đo được / value', 'mục tiêu / target', 'kết quả / result'],
      report.checks.map((c) => [
        c.label,
        fmt(c.value, c.unit),
        `${c.op} ${fmt(c.target, c.unit)}`,
        c.pass ? 'ĐẠT / pass' : 'KHÔNG ĐẠT / FAIL',
      ]),
      [false, true, true, false],
    ),
  );
  const failed = report.checks.filter((c) => !c.pass).length;
  out.push(
    '',
    failed === 0
      ? `Tất cả ${report.checks.length} chỉ tiêu đạt / all ${report.checks.length} targets met.`
      : `${failed}/${report.checks.length} chỉ tiêu không đạt / targets missed.`,
  );
  return out.join('\n');
}
