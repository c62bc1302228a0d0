// Indexes for reading whole lists in order. The member list is sorted by name (the panel's default
// and the usual export); without an index every 1,000-row page of an export sorts all 30,000
// members again (about 70 ms a page on SQLite, against 7 ms with it).
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { tableOf } from '../db/link-tables';

export async function ensureListIndexes(strapi: Core.Strapi, knex: Knex): Promise<void> {
  const members = tableOf(strapi, 'api::member.member');
  await knex.raw(`CREATE INDEX IF NOT EXISTS ${members}_name_id_idx ON ${members} (name, id)`);
}
