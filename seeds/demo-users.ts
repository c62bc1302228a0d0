// One demo login per role (county, 王集镇 committee, a branch secretary in 王集镇, a member of that
// branch). DEMO ONLY: the passwords are printed in the README.
export interface UserSpec {
  username: string;
  password: string;
  role: 'county' | 'township' | 'branch' | 'member' | 'department';
  /** the person's name, for greetings and for who proposed or approved */
  fullName?: string | null;
  township?: number | null;
  partyOrganisation?: number | null;
  member?: number | null;
  /** department role: its county department's row id */
  countyDepartment?: number | null;
}

const USER = 'plugin::users-permissions.user';

/** Creates the user if its username is free; links are row ids. Returns the user's id. */
export async function ensureUser(strapi: any, spec: UserSpec): Promise<number> {
  const existing = await strapi.db.query(USER).findOne({ where: { username: spec.username } });
  if (existing) {
    // Logins made before users had a name get one.
    if (!existing.fullName && spec.fullName) await strapi.db.query(USER).update({ where: { id: existing.id }, data: { fullName: spec.fullName } });
    return existing.id;
  }
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: spec.role } });
  if (!role) throw new Error(`role ${spec.role} missing: bootstrap has not run`);
  const user = await strapi.plugin('users-permissions').service('user').add({
    username: spec.username,
    email: `${spec.username}@siyang.example`,
    password: spec.password,
    provider: 'local',
    confirmed: true,
    blocked: false,
    role: role.id,
    fullName: spec.fullName ?? null,
    township: spec.township ?? null,
    partyOrganisation: spec.partyOrganisation ?? null,
    member: spec.member ?? null,
    countyDepartment: spec.countyDepartment ?? null,
  });
  return user.id;
}

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'Siyang-demo-2026';
export const DEMO_TOWNSHIP_CODE = '321323102'; // 王集镇
/** The county department the demo department login stands for (城管局: most escalated events end there). */
export const DEMO_DEPARTMENT_CODE = 'cg';

/** The branch and member the demo branch/member logins stand for: the first village branch of 王集镇 and its first member. */
export async function demoAnchors(strapi: any) {
  const township = await strapi.db.query('api::township.township').findOne({ where: { code: DEMO_TOWNSHIP_CODE } });
  const branch = await strapi.db.query('api::party-organisation.party-organisation').findOne({
    where: { level: 'branch', category: 'village', township: township.id, code: { $notNull: true } }, orderBy: { code: 'asc' },
  });
  // Seeded rows only (they have codes): members added later must not change who the demo member is.
  const member = await strapi.db.query('api::member.member').findOne({ where: { partyOrganisation: branch.id, code: { $notNull: true } }, orderBy: { code: 'asc' } });
  return { township, branch, member };
}

/**
 * Who the demo logins are (all fictitious): a county officer, the township's organ-branch
 * secretary, the branch's own secretary and the member themselves.
 */
export async function demoPeople(strapi: any) {
  const anchors = await demoAnchors(strapi);
  const secretaryOf = async (where: Record<string, unknown>) =>
    (await strapi.db.query('api::party-organisation.party-organisation').findOne({ where, populate: ['secretary'] }))?.secretary?.name as string | undefined;
  return {
    ...anchors,
    names: {
      // the same people the seeded ledger names as approvers (seeds/points.ts)
      county: '周建华',
      township: (await secretaryOf({ code: `${anchors.township.code}-ORG` })) ?? '乡镇党委',
      branch: (await secretaryOf({ id: anchors.branch.id })) ?? '支部书记',
      member: anchors.member.name as string,
    },
  };
}

export async function ensureDemoUsers(strapi: any, log: (l: string) => void = () => {}): Promise<void> {
  if (process.env.NODE_ENV === 'production') throw new Error('演示账号（公开密码）不能在生产环境（NODE_ENV=production）中创建');
  const { township, branch, member, names } = await demoPeople(strapi);
  const specs: UserSpec[] = [
    { username: 'county', password: DEMO_PASSWORD, role: 'county', fullName: names.county },
    { username: 'wangji', password: DEMO_PASSWORD, role: 'township', township: township.id, fullName: names.township },
    { username: 'wangji-branch', password: DEMO_PASSWORD, role: 'branch', partyOrganisation: branch.id, fullName: names.branch },
    { username: 'wangji-member', password: DEMO_PASSWORD, role: 'member', member: member.id, fullName: names.member },
  ];
  const department = await strapi.db.query('api::county-department.county-department').findOne({ where: { code: DEMO_DEPARTMENT_CODE } });
  if (department) specs.push({ username: 'county-cg', password: DEMO_PASSWORD, role: 'department', countyDepartment: department.id, fullName: '城管局值班员' });
  for (const s of specs) await ensureUser(strapi, s);
  log(`  demo logins: county, wangji (${township.name}), wangji-branch (${branch.name}), wangji-member (${member.name})${department ? `, county-cg (${department.shortName})` : ''}`);
}
