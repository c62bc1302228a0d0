// A unique index on the sequence of sealed decisions: two seals can never take the same place, so
// the chain cannot fork even if the chain lock were bypassed. (NULLs, the drafts, do not collide.)
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { tableOf } from '../db/link-tables';
import { DECISION } from './records';

export async function ensureDecisionIndexes(strapi: Core.Strapi, knex: Knex): Promise<void> {
  const table = tableOf(strapi, DECISION);
  await knex.raw(`CREATE UNIQUE INDEX IF NOT EXISTS ${table}_seq_unique ON ${table} (seq)`);
  await knex.raw(`CREATE INDEX IF NOT EXISTS ${table}_check_status ON ${table} (check_status)`);
}
