// A demo super admin for Strapi's own panel at /admin, so a newcomer can browse the content types.
// Demo only: the password is printed in the README; set DEMO_ADMIN_PASSWORD anywhere that matters.
export const DEMO_ADMIN = {
  email: 'admin@siyang.example',
  password: process.env.DEMO_ADMIN_PASSWORD ?? 'Siyang-demo-2026',
  firstname: '演示',
  lastname: '管理员',
};

export async function ensureDemoAdmin(strapi: any, log: (l: string) => void = () => {}): Promise<void> {
  const users = strapi.service('admin::user');
  if ((await users.count()) > 0) return;
  const role = await strapi.service('admin::role').getSuperAdmin();
  if (!role) return;
  await users.create({ ...DEMO_ADMIN, isActive: true, roles: [role.id], preferedLanguage: 'zh-Hans' });
  log(`  Strapi admin: ${DEMO_ADMIN.email} (demo password in README)`);
}
