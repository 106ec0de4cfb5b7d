import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { appUser } from '../identity/identity.tables';
import { adminUnit } from '../org/org.tables';

// The register is a large table family (docs/architecture.md §3): every key starts with
// province_id and every link between register rows carries it on both sides, so the family can
// be distributed by province. Units, users and code lists are small reference tables.

/** Who and when on every register row (shared with the campaign, import and duplicate tables). */
export const stamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  createdBy: uuid('created_by').references(() => appUser.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => appUser.id),
};

/** National code lists kept as data (ethnicity, Art. 10 groups and NĐ 56 sub-types, risks, relations…). */
export const codeItem = pgTable(
  'code_item',
  {
    list: text('list').notNull(),
    code: text('code').notNull(),
    label: text('label').notNull(),
    // Other spellings met in lists ("H'Mông", "Khơ me"), matched after folding.
    aliases: text('aliases')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    parentCode: text('parent_code'),
    legalBasis: text('legal_basis'),
    // confirmed | partly | unconfirmed | design (the analyst brief's marks, docs/children.md), shown to admins.
    certainty: text('certainty').notNull().default('design'),
    sort: integer('sort').notNull().default(0),
    active: boolean('active').notNull().default(true),
  },
  (t) => [primaryKey({ columns: [t.list, t.code] })],
);

export const childHousehold = pgTable(
  'child_household',
  {
    provinceId: uuid('province_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => adminUnit.id),
    headName: text('head_name'),
    hamlet: text('hamlet'),
    address: text('address'),
    // ho_ngheo | ho_can_ngheo | null, with the year of the list it comes from.
    povertyStatus: text('poverty_status'),
    povertyYear: integer('poverty_year'),
    ...stamps,
  },
  (t) => [primaryKey({ columns: [t.provinceId, t.id] })],
);

/** One child of the register. Personal fields are nulled on a lawful erasure (status 'erased'). */
export const child = pgTable(
  'child',
  {
    provinceId: uuid('province_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    fullName: text('full_name').notNull(),
    // Accent-free lower case (vte_fold: đ→d, every Vietnamese mark removed) for search and matching.
    nameFolded: text('name_folded').generatedAlwaysAs(sql`vte_fold(full_name)`),
    nameSort: text('name_sort').generatedAlwaysAs(sql`vte_vi_sort_key(full_name)`),
    dob: date('dob', { mode: 'string' }),
    // day | month | year | estimated: a list that gives "2015" keeps 2015-01-01 with precision year.
    dobPrecision: text('dob_precision').notNull().default('day'),
    sex: text('sex'), // M | F
    ethnicityCode: text('ethnicity_code'),
    nationality: text('nationality').notNull().default('VN'),
    personalId: text('personal_id'),
    // cccd12 | cmnd9 (legacy, never treated as a personal ID)
    personalIdKind: text('personal_id_kind'),
    // code list 'id_verification' (CV 2513 steps)
    idVerification: text('id_verification').notNull().default('chua_co'),
    // Current residence, mirrored from child_residence so lists filter without a join.
    unitId: uuid('unit_id')
      .notNull()
      .references(() => adminUnit.id),
    hamlet: text('hamlet'),
    address: text('address'),
    householdId: uuid('household_id'),
    schooling: text('schooling'),
    notes: text('notes'),
    // active | merged | erased
    status: text('status').notNull().default('active'),
    mergedIntoId: uuid('merged_into_id'),
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    erasureRef: text('erasure_ref'),
    sourceRecordRef: text('source_record_ref'),
    version: integer('version').notNull().default(1),
    ...stamps,
  },
  (t) => [
    primaryKey({ columns: [t.provinceId, t.id] }),
    foreignKey({
      name: 'child_household_fk',
      columns: [t.provinceId, t.householdId],
      foreignColumns: [childHousehold.provinceId, childHousehold.id],
    }),
    uniqueIndex('child_personal_id_uq')
      .on(t.provinceId, t.personalId)
      .where(sql`${t.status} = 'active' and ${t.personalId} is not null`),
    index('child_unit_idx').on(t.provinceId, t.unitId, t.status),
    index('child_name_trgm_idx').using('gin', sql`${t.nameFolded} gin_trgm_ops`),
    // The register list's order (list.repo.ts): a unit's page, and a page over a whole scope, read their
    // rows from these in name order instead of sorting the unit; active rows only.
    // Keyed on the columns of the common filters too (age, sex, ID missing): a district's page
    // keys and its count are read from the index alone (migration 0026).
    index('child_list_unit_idx')
      .on(t.unitId, sql`(${t.nameSort} collate "C")`, t.id, t.provinceId, t.dob, t.sex, t.personalId)
      .where(sql`${t.status} = 'active'`),
    index('child_list_name_idx')
      .on(sql`(${t.nameSort} collate "C")`, t.id)
      .where(sql`${t.status} = 'active'`),
    // Search by personal ID over the whole register (the unique key leads with province_id).
    index('child_personal_id_idx')
      .on(t.personalId)
      .where(sql`${t.personalId} is not null`),
    // Search by the words of a name (list.repo.ts): words and their prefixes as exact tokens, with
    // the child's unit, so "nguyen thanh dat~" in a district is one index scan (migration 0026).
    index('child_name_tokens_idx').using('gin', sql`vte_child_name_tokens(${t.nameFolded}, ${t.unitId})`),
  ],
);

/** The composite link to a child: province_id on both sides (Citus). */
export const childRef = (name: string, t: { provinceId: AnyPgColumn; childId: AnyPgColumn }) =>
  foreignKey({ name, columns: [t.provinceId, t.childId], foreignColumns: [child.provinceId, child.id] });

/** Where the child lived, over time: a move closes one period and opens the next. */
export const childResidence = pgTable(
  'child_residence',
  {
    provinceId: uuid('province_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    childId: uuid('child_id').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => adminUnit.id),
    hamlet: text('hamlet'),
    address: text('address'),
    // thuong_tru | tam_tru | hien_tai
    kind: text('kind').notNull().default('hien_tai'),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    source: text('source'),
    // The child's date of birth, sex and active state, copied by triggers (migration 0017) so the live
    // counts read residence rows alone (docs/children.md "Live counts"). Never written by the app.
    childDob: date('child_dob', { mode: 'string' }),
    childSex: text('child_sex'),
    childActive: boolean('child_active').notNull().default(false),
    // The child has a special-circumstance row (any dates), kept by triggers (migration 0024): the
    // counts find the special children's residences in a small partial index, not by a lookup each.
    childSpecial: boolean('child_special').notNull().default(false),
    ...stamps,
  },
  (t) => [
    primaryKey({ columns: [t.provinceId, t.id] }),
    childRef('child_residence_child_fk', t),
    index('child_residence_child_idx').on(t.provinceId, t.childId),
    index('child_residence_unit_idx').on(t.provinceId, t.unitId, t.validFrom),
    // The counts' covering index: one index-only scan per unit gives every child counted on a day.
    index('child_residence_counts_idx')
      .on(t.provinceId, t.unitId, t.validFrom, t.validTo, t.childDob, t.childSex)
      .where(sql`${t.childActive}`),
    // …and the special children's residences in child order, merged with their circumstances.
    index('child_residence_special_idx')
      .on(t.provinceId, t.childId, t.validFrom, t.validTo, t.unitId, t.childDob, t.childSex)
      .where(sql`${t.childActive} and ${t.childSpecial}`),
  ],
);

/** Parents, guardians and carers, each with the relation to the child (code list 'relation'). */
export const childGuardian = pgTable(
  'child_guardian',
  {
    provinceId: uuid('province_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    childId: uuid('child_id').notNull(),
    relation: text('relation').notNull(),
    fullName: text('full_name').notNull(),
    nameFolded: text('name_folded').generatedAlwaysAs(sql`vte_fold(full_name)`),
    birthYear: integer('birth_year'),
    personalId: text('personal_id'),
    phone: text('phone'),
    address: text('address'),
    isPrimaryContact: boolean('is_primary_contact').notNull().default(false),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    ...stamps,
  },
  (t) => [
    primaryKey({ columns: [t.provinceId, t.id] }),
    childRef('child_guardian_child_fk', t),
    index('child_guardian_child_idx').on(t.provinceId, t.childId),
    index('child_guardian_name_trgm_idx').using('gin', sql`${t.nameFolded} gin_trgm_ops`),
    index('child_guardian_name_tokens_idx').using('gin', sql`vte_name_tokens(${t.nameFolded})`),
  ],
);

/** Special circumstances (Luật Trẻ em Art. 10 groups, NĐ 56 sub-types), each with its dates and source. */
export const childCircumstance = pgTable(
  'child_circumstance',
  {
    provinceId: uuid('province_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    childId: uuid('child_id').notNull(),
    groupCode: text('group_code').notNull(),
    subtypeCode: text('subtype_code'),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    toDate: date('to_date', { mode: 'string' }),
    source: text('source'),
    evidence: text('evidence'),
    endReason: text('end_reason'),
    confirmedBy: uuid('confirmed_by').references(() => appUser.id),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    ...stamps,
  },
  (t) => [
    primaryKey({ columns: [t.provinceId, t.id] }),
    childRef('child_circumstance_child_fk', t),
    index('child_circumstance_child_idx').on(t.provinceId, t.childId),
    // The live counts: circumstances valid on a day, in child order, read from the index alone.
    index('child_circumstance_counts_idx').on(t.provinceId, t.childId, t.fromDate, t.toDate, t.groupCode),
  ],
);

/** Risk of falling into special circumstances (code list 'risk'), with dates and source. */
export const childRisk = pgTable(
  'child_risk',
  {
    provinceId: uuid('province_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    childId: uuid('child_id').notNull(),
    riskCode: text('risk_code').notNull(),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    toDate: date('to_date', { mode: 'string' }),
    source: text('source'),
    evidence: text('evidence'),
    note: text('note'),
    ...stamps,
  },
  (t) => [
    primaryKey({ columns: [t.provinceId, t.id] }),
    childRef('child_risk_child_fk', t),
    index('child_risk_child_idx').on(t.provinceId, t.childId),
  ],
);

/** Consent under Law 91/2025 Art. 24: the representative always, the child too from age 7. */
export const childConsent = pgTable(
  'child_consent',
  {
    provinceId: uuid('province_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    childId: uuid('child_id').notNull(),
    purpose: text('purpose').notNull(),
    representativeName: text('representative_name').notNull(),
    representativeRelation: text('representative_relation').notNull(),
    givenByChild: boolean('given_by_child').notNull().default(false),
    method: text('method').notNull(),
    givenOn: date('given_on', { mode: 'string' }).notNull(),
    withdrawnOn: date('withdrawn_on', { mode: 'string' }),
    evidence: text('evidence'),
    ...stamps,
  },
  (t) => [
    primaryKey({ columns: [t.provinceId, t.id] }),
    childRef('child_consent_child_fk', t),
    index('child_consent_child_idx').on(t.provinceId, t.childId),
  ],
);
