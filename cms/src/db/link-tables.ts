// Strapi 5 keeps every relation in a join table; these helpers read its names from the metadata
// so SQL written here survives renamed attributes.
import type { Core } from '@strapi/strapi';

export interface LinkTable {
  table: string;
  /** column holding the owning row's id */
  owner: string;
  /** column holding the related row's id */
  target: string;
}

export function linkTable(strapi: Core.Strapi, uid: string, attribute: string): LinkTable {
  const attr = strapi.db.metadata.get(uid as any).attributes[attribute] as any;
  if (!attr?.joinTable) throw new Error(`${uid}.${attribute} has no join table`);
  return { table: attr.joinTable.name, owner: attr.joinTable.joinColumn.name, target: attr.joinTable.inverseJoinColumn.name };
}

export function tableOf(strapi: Core.Strapi, uid: string): string {
  return strapi.db.metadata.get(uid as any).tableName;
}

export function columnOf(strapi: Core.Strapi, uid: string, attribute: string): string {
  const attr = strapi.db.metadata.get(uid as any).attributes[attribute] as any;
  return attr?.columnName ?? attribute;
}
