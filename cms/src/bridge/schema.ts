// GET /ra/_schema: every content type the caller may read, with its fields, so the panel can
// render types that have no hand-made screen.
import { can, type RoleType } from '../scoping/roles';
import { isToMany, READ_ONLY, searchableFields, visibleAttributes, type Model } from './model';

/** A string held to a Latin pattern (codes, keys): a machine value the panel shows as code, never as text to translate. */
const isMachineValue = (a: { type: string; regex?: string }) => a.type === 'string' && typeof a.regex === 'string' && /^\^\[[a-zA-Z]/.test(a.regex);

export function describe(models: Model[], pluralOf: (uid: string) => string | undefined, role: RoleType) {
  return {
    resources: models
      .filter((m) => can(role, m.pluralName, 'read'))
      .map((m) => ({
        name: m.pluralName,
        uid: m.uid,
        label: m.displayName,
        description: m.description ?? '',
        searchable: searchableFields(m),
        permissions: {
          list: true,
          create: can(role, m.pluralName, 'create'),
          edit: can(role, m.pluralName, 'update'),
          delete: can(role, m.pluralName, 'delete'),
        },
        fields: visibleAttributes(m).map(([name, a]) => ({
          name,
          type: a.type,
          required: !!a.required,
          readOnly: READ_ONLY.has(name) || a.writable === false,
          ...(a.enum ? { enum: a.enum } : {}),
          ...(isMachineValue(a) ? { machine: true } : {}),
          ...(a.type === 'media' ? { multiple: !!a.multiple } : {}),
          ...(a.type === 'relation'
            ? { relation: a.relation, target: (a.target && pluralOf(a.target)) ?? a.target, ...(isToMany(a) && a.mappedBy ? { mappedBy: a.mappedBy } : {}) }
            : {}),
        })),
      })),
  };
}
