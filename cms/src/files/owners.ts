// Who uploaded each file through the content API: Strapi records uploaders only for its own admin
// users, and a file may be replaced or renamed only by its uploader (or the county).
import type { Knex } from 'knex';

export const FILE_OWNERS = 'file_owners';

export async function ensureFileOwners(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable(FILE_OWNERS)) return;
  await knex.schema.createTable(FILE_OWNERS, (t) => {
    t.integer('file_id').primary();
    t.integer('user_id');
    t.string('username', 255).notNullable();
    t.timestamp('created_at').notNullable();
  });
}

export async function recordOwner(knex: Knex, fileId: number, user: { id: number | null; name: string }): Promise<void> {
  await knex(FILE_OWNERS).insert({ file_id: fileId, user_id: user.id, username: user.name, created_at: new Date() }).onConflict('file_id').ignore();
}

/** Files among `fileIds` uploaded by this user. */
export async function ownedBy(knex: Knex, fileIds: number[], userId: number | null): Promise<Set<number>> {
  if (!fileIds.length || userId == null) return new Set();
  const rows = await knex(FILE_OWNERS).whereIn('file_id', fileIds).andWhere({ user_id: userId }).select('file_id');
  return new Set(rows.map((r: any) => Number(r.file_id)));
}
