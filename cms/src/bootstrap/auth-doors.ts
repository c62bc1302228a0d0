// Accounts are made by county staff, not by whoever finds the API: self-registration, password
// e-mails and OAuth are shut, and an anonymous caller may only log in.
import type { Core } from '@strapi/strapi';

const PUBLIC_KEEPS = new Set(['plugin::users-permissions.auth.callback']);

export async function closeAuthDoors(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = ((await store.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
  if (advanced.allow_register !== false) await store.set({ key: 'advanced', value: { ...advanced, allow_register: false } });
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) return;
  const open = await strapi.db.query('plugin::users-permissions.permission').findMany({ where: { role: role.id } });
  const shut = open.filter((p: any) => !PUBLIC_KEEPS.has(p.action)).map((p: any) => p.id);
  if (shut.length) await strapi.db.query('plugin::users-permissions.permission').deleteMany({ where: { id: { $in: shut } } });
}
