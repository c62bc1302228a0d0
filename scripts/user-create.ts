// `npm run user:create -- <username> <role> [code]`: a login for a person, made by county staff
// (self-registration is closed). role: county | township | branch | member | department; code: the
// township's division code, the party organisation's, member's or county department's code that bounds
// the login's scope.
// The password is USER_PASSWORD if set, else a random one printed once.
import crypto from 'crypto';
import { loadStrapi } from './strapi';
import { ensureUser } from '../seeds/demo-users';

const ANCHOR: Record<string, { uid: string; link: 'township' | 'partyOrganisation' | 'member' | 'countyDepartment' } | null> = {
  county: null,
  township: { uid: 'api::township.township', link: 'township' },
  branch: { uid: 'api::party-organisation.party-organisation', link: 'partyOrganisation' },
  member: { uid: 'api::member.member', link: 'member' },
  // a county department's login (县直部门), by the department's code (e.g. cg)
  department: { uid: 'api::county-department.county-department', link: 'countyDepartment' },
};

async function main() {
  const [username, role, code] = process.argv.slice(2);
  if (!username || !role || !(role in ANCHOR)) throw new Error('用法：npm run user:create -- <用户名> <county|township|branch|member|department> [编码]');
  const anchor = ANCHOR[role];
  if (anchor && !code) throw new Error(`${role} 账号需要编码（乡镇区划代码、党组织编码、党员编号或县直部门代码）`);
  const strapi = await loadStrapi();
  try {
    const row = anchor ? await strapi.db.query(anchor.uid as any).findOne({ where: { code } }) : null;
    if (anchor && !row) throw new Error(`编码 ${code} 不存在`);
    if (await strapi.db.query('plugin::users-permissions.user').findOne({ where: { username } })) throw new Error(`用户名 ${username} 已存在`);
    const password = process.env.USER_PASSWORD ?? `Sy-${crypto.randomBytes(9).toString('base64url')}`;
    await ensureUser(strapi, { username, password, role: role as any, ...(anchor ? { [anchor.link]: row.id } : {}) });
    console.log(`created ${username} (${role}${code ? ` ${code}` : ''})${process.env.USER_PASSWORD ? '' : `  password: ${password}  (shown once)`}`);
  } finally {
    await strapi.destroy();
  }
}

main().then(() => process.exit(0), (err) => {
  console.error(err.message ?? err);
  process.exit(1);
});
