// The role table (config/roles.json): which role may create/read/update/delete which resource.
import fs from 'fs';
import path from 'path';

export type RoleType = 'county' | 'township' | 'branch' | 'member' | 'department';
export type Action = 'create' | 'read' | 'update' | 'delete';
// department: a county department's login (县直部门), bounded by its department, not by a township.
export const ROLE_TYPES: RoleType[] = ['county', 'township', 'branch', 'member', 'department'];

export interface RoleTable {
  roles: Record<RoleType, { name: string; description: string }>;
  permissions: Record<string, Record<RoleType, string>>;
}

const LETTER: Record<Action, string> = { create: 'c', read: 'r', update: 'u', delete: 'd' };

let cached: RoleTable | undefined;

/** config/ sits beside cms/; the compiled app runs from cms/dist, so walk up until it is found. */
export function configPath(file: string): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'config', file);
    if (fs.existsSync(candidate) && fs.existsSync(path.join(dir, 'cms'))) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error(`config/${file} not found above ${__dirname}`);
}

export function roleTable(): RoleTable {
  cached ??= JSON.parse(fs.readFileSync(configPath('roles.json'), 'utf8')) as RoleTable;
  return cached;
}

/** Resources missing from the table are county-only: a type added in the Content-Type Builder is safe by default. */
export function can(role: RoleType, resource: string, action: Action): boolean {
  const row = roleTable().permissions[resource];
  if (!row) return role === 'county';
  return (row[role] ?? '').includes(LETTER[action]);
}
