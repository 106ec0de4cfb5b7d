import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../config';
import { acquireLock, layout, startEmbedded, type EmbeddedHandle } from '../platform/db/embedded';
import { createDb, createPool } from '../platform/db/pool';
import { runMigrations } from '../platform/db/migrate';
import { seedOrg } from '../modules/org';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    templateDb: string;
  }
}

// One PostgreSQL for the run (CI's server via TEST_DATABASE_URL, else an embedded one in a
// temp folder) and one migrated, seeded template database that each test file clones.
export default async function setup(project: TestProject) {
  const config = loadConfig();
  let embedded: EmbeddedHandle | undefined;
  let unlock: (() => void) | undefined;
  let dir: string | undefined;
  let adminUrl = config.TEST_DATABASE_URL;
  if (!adminUrl) {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vte-test-'));
    unlock = acquireLock(layout(dir));
    embedded = await startEmbedded(dir, () => undefined);
    adminUrl = embedded.url;
  }
  const templateDb = `vte_tpl_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(
    `create database ${templateDb} template template0 encoding 'UTF8' locale_provider icu icu_locale 'vi-VN' locale 'C.UTF-8'`,
  );
  const tplUrl = withDb(adminUrl, templateDb);
  const pool = createPool(tplUrl, 2);
  await runMigrations(pool);
  await seedOrg(createDb(pool));
  await pool.end();
  project.provide('pgAdminUrl', adminUrl);
  project.provide('templateDb', templateDb);

  return async () => {
    await admin.query(`drop database if exists ${templateDb} with (force)`).catch(() => undefined);
    await admin.end();
    await embedded?.stop();
    unlock?.();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  };
}

export function withDb(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}
