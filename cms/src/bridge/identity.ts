// GET /ra/_me: who the panel is talking to, and what bounds their scope.
import type { Core } from '@strapi/strapi';
import type { Principal } from '../scoping/principal';
import type { RoleTable } from '../scoping/roles';

async function named(strapi: Core.Strapi, uid: string, id: number | null | undefined) {
  if (!id) return null;
  const row = await strapi.db.query(uid as any).findOne({ where: { id }, select: ['documentId', 'name'] });
  return row ? { id: row.documentId, name: row.name } : null;
}

/** A member's own branch and township, which members may not read as records but see as names. */
async function memberPlace(strapi: Core.Strapi, memberId: number | null) {
  if (!memberId) return { partyOrganisation: null, township: null };
  const m = await strapi.db.query('api::member.member').findOne({ where: { id: memberId }, populate: { partyOrganisation: true, township: true } });
  const nameOf = (r: any) => (r ? { id: r.documentId, name: r.name } : null);
  return { partyOrganisation: nameOf(m?.partyOrganisation), township: nameOf(m?.township) };
}

export async function identity(strapi: Core.Strapi, p: Principal, table: RoleTable) {
  if (p.kind !== 'user') return { id: null, username: p.kind === 'admin' ? p.username : 'system', role: 'county', roleName: table.roles.county.name, township: null, partyOrganisation: null, member: null };
  if (p.role === 'member') {
    return {
      id: p.userId, username: p.username, role: p.role, roleName: table.roles.member.name,
      ...(await memberPlace(strapi, p.memberId)),
      member: await named(strapi, 'api::member.member', p.memberId),
    };
  }
  return {
    id: p.userId,
    username: p.username,
    role: p.role,
    roleName: p.role ? table.roles[p.role].name : null,
    township: await named(strapi, 'api::township.township', p.townshipIds[0]),
    partyOrganisation: await named(strapi, 'api::party-organisation.party-organisation', p.organisationIds[0]),
    member: await named(strapi, 'api::member.member', p.memberId),
  };
}
