import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness';
import { CATALOGUE_SIZED, distributionProblems, isLarge } from './distribution';

// CI's check that the migrated schema stays distributable by province (Citus; docs/architecture.md §3).

let t: TestApp;
let owner: pg.Client;
beforeAll(async () => {
  t = await createTestApp();
  owner = new pg.Client({ connectionString: t.ownerUrl });
  await owner.connect();
});
afterAll(async () => {
  await owner.end();
  await t.close();
});

describe('Citus readiness of the schema', () => {
  it('gives every large table province_id in its primary and unique keys and foreign keys', async () => {
    expect(await distributionProblems(owner)).toEqual([]);
    const tables = await owner.query<{ name: string }>(
      `select relname as name from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r'`,
    );
    const large = tables.rows.map((r) => r.name).filter(isLarge);
    expect(large).toEqual(expect.arrayContaining(['audit_log', 'indicator_value', 'task_progress']));
    for (const name of Object.keys(CATALOGUE_SIZED)) expect(tables.rows.map((r) => r.name)).toContain(name);
  });

  it('reports a large table keyed without province_id and a foreign key across provinces', async () => {
    await owner.query('begin');
    try {
      await owner.query(
        `create table child_record (id uuid primary key, province_id uuid not null, code text unique)`,
      );
      await owner.query(
        `create table case_file (id uuid, province_id uuid not null, child_id uuid references child_record (id),
           primary key (province_id, id))`,
      );
      await owner.query(
        `create table child_kind (id int primary key, example uuid references child_record (id))`,
      );
      await owner.query(`insert into child_kind values (1, null)`); // keeps the table's name in the catalogue
      expect(await distributionProblems(owner)).toEqual(
        expect.arrayContaining([
          'child_record: primary key child_record_pkey (id) lacks province_id',
          'child_record: unique key child_record_code_key (code) lacks province_id',
          'case_file: foreign key case_file_child_id_fkey to child_record does not match on province_id',
          'child_kind: no province_id column',
        ]),
      );
    } finally {
      await owner.query('rollback');
    }
  });
});
