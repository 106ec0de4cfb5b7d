import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { appUser } from '../identity/identity.tables';
import { adminUnit } from '../org/org.tables';
import { childRef, stamps } from './children.tables';

// Cleaning campaigns (campaigns.service.ts): register tables too, keyed (province_id, id).

/** A cleaning campaign (CV 2513/LĐTBXH-TTTT, QĐ 3978/QĐ-BYT) over a set of units. */
export const childCampaign = pgTable(
  'child_campaign',
  {
    provinceId: uuid('province_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    ownerUnitId: uuid('owner_unit_id')
      .notNull()
      .references(() => adminUnit.id),
    name: text('name').notNull(),
    legalBasis: text('legal_basis'),
    unitIds: uuid('unit_ids').array().notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }),
    // open | closed
    status: text('status').notNull().default('open'),
    // Last time the problem snapshot was refreshed (new problem records added, fixed ones marked).
    refreshedAt: timestamp('refreshed_at', { withTimezone: true }),
    // Phúc tra sample (QĐ 3978): drawn once with this seed, so the same draw can be recomputed.
    sampleSeed: text('sample_seed'),
    sampleRate: real('sample_rate'),
    sampleMin: integer('sample_min'),
    sampledAt: timestamp('sampled_at', { withTimezone: true }),
    sampledBy: uuid('sampled_by').references(() => appUser.id),
    ...stamps,
  },
  (t) => [primaryKey({ columns: [t.provinceId, t.id] })],
);

/** One child's record in a campaign: its problems, the household check and the police answer. */
export const childCampaignItem = pgTable(
  'child_campaign_item',
  {
    provinceId: uuid('province_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    campaignId: uuid('campaign_id').notNull(),
    childId: uuid('child_id').notNull(),
    // The campaign unit the child was found under (its own unit may be a predecessor of it).
    unitId: uuid('unit_id').references(() => adminUnit.id),
    problems: text('problems').array().notNull(),
    // Set by a refresh that finds none of the problems left.
    fixedAt: timestamp('fixed_at', { withTimezone: true }),
    // code list 'id_verification' state reached in this campaign
    state: text('state').notNull(),
    visitResult: text('visit_result'),
    visitedAt: timestamp('visited_at', { withTimezone: true }),
    visitedBy: uuid('visited_by').references(() => appUser.id),
    visitNote: text('visit_note'),
    policeSentAt: timestamp('police_sent_at', { withTimezone: true }),
    // The ID the register held when the list went to the police, and the one they returned.
    policeSentId: text('police_sent_id'),
    policeResult: text('police_result'),
    policeNewId: text('police_new_id'),
    policeAnsweredAt: timestamp('police_answered_at', { withTimezone: true }),
    inSample: boolean('in_sample').notNull().default(false),
    recheckResult: text('recheck_result'),
    recheckNote: text('recheck_note'),
    recheckedAt: timestamp('rechecked_at', { withTimezone: true }),
    recheckedBy: uuid('rechecked_by').references(() => appUser.id),
    ...stamps,
  },
  (t) => [
    primaryKey({ columns: [t.provinceId, t.id] }),
    uniqueIndex('child_campaign_item_uq').on(t.provinceId, t.campaignId, t.childId),
    index('child_campaign_item_unit_idx').on(t.provinceId, t.campaignId, t.unitId),
    foreignKey({
      name: 'child_campaign_item_campaign_fk',
      columns: [t.provinceId, t.campaignId],
      foreignColumns: [childCampaign.provinceId, childCampaign.id],
    }),
    childRef('child_campaign_item_child_fk', t),
  ],
);
