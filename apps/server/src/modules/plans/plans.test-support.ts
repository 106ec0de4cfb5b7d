// Test-only: the seed plan's text, multipart uploads, and a fresh database with the seed plan imported
// through the API (the world the plans tests start from).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { draftFromPreview, type CreatePlanInput } from '@vte/contracts';
import { LY_SON } from '../org';
import type { Session, TestApp } from '../../test/harness';

const here = path.dirname(fileURLToPath(import.meta.url));
export const seedText = fs.readFileSync(path.join(here, 'parse/fixtures/seed-ly-son-2025.txt'));

function multipart(filename: string, data: Buffer, fields: Record<string, string>) {
  const boundary = '----vte' + Date.now();
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export async function upload(
  t: TestApp,
  s: Session,
  url: string,
  filename: string,
  data: Buffer,
  fields: Record<string, string> = {},
) {
  const m = multipart(filename, data, fields);
  const res = await t.app.inject({
    method: 'POST',
    url,
    payload: m.payload,
    headers: { ...m.headers, cookie: s.cookie, 'x-csrf-token': s.csrf },
  });
  return { status: res.statusCode, body: res.json() };
}

export async function importAndSave(
  t: TestApp,
  focal: Session,
  filename: string,
  data: Buffer,
): Promise<{ id: string; draft: CreatePlanInput }> {
  const preview = await upload(t, focal, '/api/plans/import/preview', filename, data, {
    unitId: LY_SON.districtId,
  });
  expect(preview.status).toBe(200);
  const draft = draftFromPreview(preview.body.parsed, preview.body.matches, LY_SON.districtId, filename);
  const saved = await t.api('POST', '/api/plans', { session: focal, body: draft });
  expect(saved.status).toBe(201);
  return { id: saved.body.id, draft };
}

/** The focal officer of Phòng Nội vụ, a reporter of Phòng GD&ĐT, and the seed plan imported from text. */
export async function plansWorld(t: TestApp) {
  const focal = await t.userSession('focal_officer', { agencyId: LY_SON.agency('noi-vu') });
  const gddt = await t.userSession('agency_reporter', { agencyId: LY_SON.agency('gddt') });
  const planId = (await importAndSave(t, focal, 'ke-hoach-ly-son-2025.txt', seedText)).id;
  return { focal, gddt, planId };
}
