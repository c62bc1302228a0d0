// What the bridge needs to know about a content type, read from its Strapi schema: no per-type code,
// so a type added in the Content-Type Builder is served as soon as it exists.
export interface Attribute {
  type: string;
  relation?: string;
  target?: string;
  mappedBy?: string;
  inversedBy?: string;
  required?: boolean;
  private?: boolean;
  configurable?: boolean;
  writable?: boolean;
  enum?: string[];
  multiple?: boolean;
}

export interface Model {
  uid: string;
  pluralName: string;
  displayName: string;
  description?: string;
  attributes: Record<string, Attribute>;
  /** The fields `q` searches, where the schema names them (`pluginOptions.bridge.search`); else every text field. */
  search?: string[];
}

/** Fields a client may never set: identity, timestamps and values the server derives. */
export const READ_ONLY = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'locale', 'createdBy', 'updatedBy', 'localizations', 'check']);
const HIDDEN_TYPES = new Set(['password', 'component', 'dynamiczone']);
/** Strapi bookkeeping the panel has no use for (createdAt/updatedAt are added to records separately). */
const SYSTEM_NAMES = new Set(['createdBy', 'updatedBy', 'localizations', 'locale', 'publishedAt', 'createdAt', 'updatedAt']);
const TEXT_TYPES = new Set(['string', 'text', 'email', 'uid', 'richtext']);

export const isMedia = (a: Attribute) => a.type === 'media';
export const isToOne = (a: Attribute) => a.type === 'relation' && (a.relation === 'manyToOne' || a.relation === 'oneToOne');
export const isToMany = (a: Attribute) => a.type === 'relation' && !isToOne(a);

/** Attributes the bridge shows: not private, not system-managed relations, not types it cannot carry. */
export function visibleAttributes(model: Model): Array<[string, Attribute]> {
  return Object.entries(model.attributes).filter(
    ([name, a]) => !a.private && !HIDDEN_TYPES.has(a.type) && !SYSTEM_NAMES.has(name) && !(a.type === 'relation' && a.target?.startsWith('admin::')),
  );
}

/**
 * Fields `q` searches: those the schema names, or else every text field. A search is a scan of the
 * rows in scope, so a wide type names the few fields people look records up by.
 */
export function searchableFields(model: Model): string[] {
  const text = visibleAttributes(model).filter(([, a]) => TEXT_TYPES.has(a.type)).map(([n]) => n);
  return model.search ? text.filter((n) => model.search!.includes(n)) : text;
}

export function isText(a: Attribute): boolean {
  return TEXT_TYPES.has(a.type);
}
