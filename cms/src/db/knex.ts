// Raw SQL must join the transaction a write is running in: SQLite has a single connection, so a
// query outside the transaction would wait for it forever.
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

export function withKnex<T>(strapi: Core.Strapi, fn: (knex: Knex) => Promise<T>): Promise<T> {
  if (strapi.db.inTransaction()) return strapi.db.transaction(({ trx }) => fn(trx as Knex)) as unknown as Promise<T>;
  return fn(strapi.db.connection as unknown as Knex);
}
