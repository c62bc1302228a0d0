// Strapi's own super admin (/admin, unscoped): never a published password. On the first start it gets
// a random one, printed once and kept in cms/.env (STRAPI_ADMIN_EMAIL / STRAPI_ADMIN_PASSWORD), unless
// those are already set.
import crypto from 'crypto';
import { appendEnv } from '../cms/src/secrets';

export async function ensureSuperAdmin(strapi: any, log: (l: string) => void = () => {}): Promise<void> {
  const users = strapi.service('admin::user');
  if ((await users.count()) > 0) return;
  const role = await strapi.service('admin::role').getSuperAdmin();
  if (!role) return;
  const email = process.env.STRAPI_ADMIN_EMAIL ?? 'admin@siyang.example';
  const given = process.env.STRAPI_ADMIN_PASSWORD;
  // Upper, lower, digit: Strapi's own password rule.
  const password = given ?? `Sy${crypto.randomBytes(18).toString('base64url')}9a`;
  await users.create({ email, password, firstname: '系统', lastname: '管理员', isActive: true, roles: [role.id], preferedLanguage: 'zh-Hans' });
  if (!given) {
    const file = appendEnv({ STRAPI_ADMIN_EMAIL: email, STRAPI_ADMIN_PASSWORD: password });
    log(`  Strapi super admin (/admin): ${email}  password: ${password}  (shown once; kept in ${file})`);
  } else {
    log(`  Strapi super admin (/admin): ${email} (password from STRAPI_ADMIN_PASSWORD)`);
  }
}
