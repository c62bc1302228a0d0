// The panel's Chinese labels, read on the server: a resource's name, a field's column header and an
// enumeration value's text, falling back as the panel does (a field it does not know shows its name).
import { resourceLabels } from './resources-zh';

type Entry = { name?: string; fields?: Record<string, string>; enums?: Record<string, Record<string, string>> };

const SYSTEM_FIELDS: Record<string, string> = { id: '编号', createdAt: '创建时间', updatedAt: '更新时间' };

const entryOf = (resource: string): Entry | undefined => (resourceLabels as Record<string, Entry>)[resource];

export function resourceLabel(resource: string, fallback?: string): string {
  return entryOf(resource)?.name?.split('||||')[0].trim() || fallback || resource;
}

export function fieldLabel(resource: string, field: string): string {
  return entryOf(resource)?.fields?.[field] ?? SYSTEM_FIELDS[field] ?? field;
}

/** The enumeration's values and their labels for a field, when the panel has them. */
export function enumLabels(resource: string, field: string): Record<string, string> | undefined {
  return entryOf(resource)?.enums?.[field];
}

export function enumLabel(resource: string, field: string, value: string): string {
  return enumLabels(resource, field)?.[value] ?? value;
}
