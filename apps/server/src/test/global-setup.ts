import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../config';
import { acquireLock, layout, startEmbedded, type EmbeddedHandle } from '../platform/db/embedded';
import { createDb, createPool } from '../platform/db/pool';
import { runMigrations } from '../platform/db/migrate';
import { ensureLoginRole } from '../platform/db/embedded-roles';
import { roleOf } from '../platform/db/roles';
import { seedOrg } from '../modules/org';
import { seedChildCodes } from '../modules/children';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    /** This run's schema owner and app role (server URLs; the database is set per test file). */
    pgOwnerUrl: string;
    pgAppUrl: string;
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
  const run = `${process.pid}_${Date.now()}`;
  const templateDb = `vte_tpl_${run}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  // Roles are global to the server that several runs share: this run's own pair, as in production
  // (the app's role owns nothing; the owner migrates), so every test proves the grants suffice.
  const ownerUrl = await runRole(admin, adminUrl, `vte_own_${run}`);
  const appUrl = await runRole(admin, adminUrl, `vte_app_${run}`);
  const owner = roleOf(ownerUrl);
  await admin.query(
    `create database ${templateDb} owner ${owner} template template0 encoding 'UTF8' locale_provider icu icu_locale 'vi-VN' locale 'C.UTF-8'`,
  );
  const pool = createPool(withDb(ownerUrl, templateDb), 2);
  await runMigrations(pool, { appRole: roleOf(appUrl) });
  await seedOrg(createDb(pool));
  await seedChildCodes(createDb(pool));
  await pool.end();
  project.provide('pgAdminUrl', adminUrl);
  project.provide('pgOwnerUrl', ownerUrl);
  project.provide('pgAppUrl', appUrl);
  project.provide('templateDb', templateDb);

  return async () => {
    // Every database of this run is owned by its owner role (harness.ts); then the roles can go.
    const dbs = await admin
      .query<{ datname: string }>(`select datname from pg_database where datdba = $1::regrole`, [owner])
      .catch(() => ({ rows: [] }));
    for (const { datname } of dbs.rows)
      await admin.query(`drop database if exists "${datname}" with (force)`).catch(() => undefined);
    for (const role of [roleOf(appUrl), owner])
      await admin.query(`drop role if exists ${role}`).catch(() => undefined);
    await admin.end();
    await embedded?.stop();
    unlock?.();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  };
}

/** Creates a login role with a random password; its URL on the same server. */
async function runRole(admin: pg.Client, adminUrl: string, role: string): Promise<string> {
  const password = crypto.randomBytes(18).toString('base64url');
  await ensureLoginRole(admin, role, password);
  const u = new URL(adminUrl);
  u.username = role;
  u.password = password;
  return u.toString();
}

export function withDb(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}
