// A branch of any size written in bulk (members through the API would take minutes), for the
// meetings tests and benchmark. No vitest import: the benchmark runs outside the test runner.
import { documentId } from '../../cms/src/db/document-id';
import { linkTable } from '../../cms/src/db/link-tables';
import { checkCharacter } from '../../cms/src/domain/members/id-number';

type Row = Record<string, any>;
let seq = 0;

/**
 * A valid ID number no seeded member holds (division code 110101, not Siyang's): birth days move on
 * with the clock and with each call, 500 numbers a day, so calls in one run never repeat one.
 */
function testIdNumber(call: number, i: number): { idNumber: string; birthDate: string } {
  const day = new Date(Date.UTC(1950, 0, 1) + ((Math.floor(Date.now() / 1000) % 9000) + call * 11 + Math.floor(i / 500)) * 86_400_000);
  const birthDate = day.toISOString().slice(0, 10);
  const first17 = `110101${birthDate.replace(/-/g, '')}${String((i % 500) * 2 + 1).padStart(3, '0')}`;
  return { idNumber: first17 + checkCharacter(first17), birthDate };
}

/**
 * A village branch under 王集镇's committee with `n` members (the first `probationary` of them
 * probationary), a committee of the first `committee` full members and, optionally, a party group
 * holding the first `group` members. Written below the API, like the seed.
 */
export async function bulkBranch(strapi: any, opts: { n: number; committee?: number; probationary?: number; group?: number; category?: string; townshipCode?: string }) {
  const knex = strapi.db.connection;
  const tag = `${Date.now().toString(36)}${++seq}`;
  const township = await strapi.db.query('api::township.township').findOne({ where: { code: opts.townshipCode ?? '321323102' } });
  const parent = await strapi.db.query('api::party-organisation.party-organisation').findOne({ where: { level: 'committee', township: township.id } });
  const now = new Date();
  const ORG = 'api::party-organisation.party-organisation';
  const mk = async (data: Row) => strapi.db.query(ORG).create({ data: { documentId: documentId(), createdAt: now, updatedAt: now, publishedAt: now, ...data } });
  const branch = await mk({ name: `测试${tag}党支部`, code: `T-${tag}`, level: 'branch', category: opts.category ?? 'village', committeeSize: opts.committee ?? 0 });
  const link = async (uid: string, attr: string, owner: number, target: number) => {
    const l = linkTable(strapi, uid, attr);
    await knex(l.table).insert({ [l.owner]: owner, [l.target]: target });
  };
  await link(ORG, 'township', branch.id, township.id);
  await link(ORG, 'parent', branch.id, parent.id);
  let group: Row | null = null;
  if (opts.group) {
    group = await mk({ name: `测试${tag}党小组`, code: `T-${tag}-G`, level: 'party_group', category: opts.category ?? 'village', committeeSize: 0 });
    await link(ORG, 'township', group.id, township.id);
    await link(ORG, 'parent', group.id, branch.id);
  }
  const rows = Array.from({ length: opts.n }, (_, i) => ({
    documentId: documentId(), code: `T${tag}-${i + 1}`, name: `测试党员${tag}-${i + 1}`, gender: 'male', ...testIdNumber(seq, i), joinedDate: '2010-07-01',
    status: i < (opts.probationary ?? 0) ? 'probationary' : 'full', createdAt: now, updatedAt: now, publishedAt: now,
  }));
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += 500) ids.push(...(await strapi.db.query('api::member.member').createMany({ data: rows.slice(i, i + 500) })).ids.map(Number));
  for (const [attr, target] of [['partyOrganisation', branch.id], ['township', township.id]] as const) {
    const l = linkTable(strapi, 'api::member.member', attr);
    for (let i = 0; i < ids.length; i += 500) await knex(l.table).insert(ids.slice(i, i + 500).map((id) => ({ [l.owner]: id, [l.target]: target })));
  }
  if (group) {
    const l = linkTable(strapi, 'api::member.member', 'partyGroup');
    await knex(l.table).insert(ids.slice(0, opts.group).map((id) => ({ [l.owner]: id, [l.target]: group!.id })));
  }
  const full = ids.filter((_, i) => i >= (opts.probationary ?? 0));
  if (opts.committee) {
    const l = linkTable(strapi, ORG, 'committeeMembers');
    await knex(l.table).insert(full.slice(0, opts.committee).map((id) => ({ [l.owner]: branch.id, [l.target]: id })));
  }
  const members: Row[] = await strapi.db.query('api::member.member').findMany({ where: { id: { $in: ids } }, orderBy: { id: 'asc' } });
  return { branch, group, township, members };
}
