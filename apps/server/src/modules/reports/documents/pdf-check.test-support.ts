// Test-only: what "a real PDF" means for the PDF tests — the %PDF magic, pdfinfo counts at least one
// page, pdftoppm renders page 1 to a non-empty image. In CI (CI=true) or wherever LibreOffice is
// installed, the PDF tests demand this; the 409 "no LibreOffice" answer has its own test.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { loadConfig } from '../../../config';
import { findSoffice } from './pdf';

const config = loadConfig();
export const soffice = findSoffice(config.SOFFICE_PATH ?? null);
/** LibreOffice must convert here: CI installs it, and a developer who has it gets the real test. */
export const realPdfRequired = config.CI === 'true' || soffice !== null;

export function expectRealPdf(pdf: Buffer): void {
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vte-pdf-check-'));
  try {
    const file = path.join(dir, 'report.pdf');
    fs.writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0)).toBeGreaterThanOrEqual(1);
    execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '40', '-png', file, path.join(dir, 'page')], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const page = fs.readdirSync(dir).find((f) => f.startsWith('page') && f.endsWith('.png'));
    expect(page).toBeDefined();
    expect(fs.statSync(path.join(dir, page!)).size).toBeGreaterThan(0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
