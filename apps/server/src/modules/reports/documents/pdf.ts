import { spawn } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../../../platform/http/app-error';

const TIMEOUT_MS = 60_000;

/**
 * Where distributions (/usr/bin), the LibreOffice installers (/opt/libreoffice*, /usr/local/bin) and
 * macOS put the program. PATH itself is not read here (config.ts is the only reader of the
 * environment, docs/architecture.md §5.12): SOFFICE_PATH covers any other place.
 */
export const DEFAULT_SOFFICE_DIRS = [
  '/usr/local/bin',
  '/usr/bin',
  '/bin',
  '/snap/bin',
  '/usr/lib/libreoffice/program',
  '/opt/libreoffice/program',
  '/Applications/LibreOffice.app/Contents/MacOS',
].join(path.delimiter);

function executable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The LibreOffice program: the configured one if it is there, else the first soffice/libreoffice on
 * the search path; `none` turns PDF off (a server that must not run LibreOffice, the "not installed" test).
 */
export function findSoffice(
  configured: string | null,
  searchPath: string = DEFAULT_SOFFICE_DIRS,
): string | null {
  if (configured === 'none') return null;
  if (configured && executable(configured)) return configured;
  for (const dir of searchPath.split(path.delimiter).filter(Boolean)) {
    for (const name of ['soffice', 'libreoffice']) {
      const file = path.join(dir, name);
      if (executable(file)) return file;
    }
  }
  return null;
}

function run(program: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    // Its own process group: soffice starts soffice.bin, and a timeout must end both.
    const child = spawn(program, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString('utf8')).slice(-2000)));
    const timer = setTimeout(() => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      reject(new Error(`LibreOffice did not convert within ${TIMEOUT_MS / 1000} s`));
    }, TIMEOUT_MS);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`LibreOffice exited with ${code}: ${stderr.trim()}`));
    });
  });
}

/**
 * A Word document as PDF through LibreOffice headless. Every conversion gets a fresh directory with
 * its own LibreOffice profile, so parallel conversions do not wait on (or corrupt) one shared profile.
 */
export async function toPdf(docx: Buffer, sofficePath: string | null): Promise<Buffer> {
  if (!sofficePath) throw new AppError('REPORT_PDF_UNAVAILABLE');
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'vte-pdf-'));
  try {
    const input = path.join(dir, 'report.docx');
    await fsp.writeFile(input, docx);
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    await run(sofficePath, [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      input,
    ]);
    const pdf = await fsp.readFile(path.join(dir, 'report.pdf')).catch(() => null);
    if (!pdf) throw new Error('LibreOffice finished without writing a PDF');
    return pdf;
  } finally {
    await fsp.rm(dir, { recursive: true, force: true });
  }
}
