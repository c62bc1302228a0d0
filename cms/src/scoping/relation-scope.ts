// The row scope applied to relations: every populated relation (any depth, `*`, dotted paths,
// components, dynamic-zone fragments) is narrowed by its target type's scope, and every condition a
// filter puts on a related record is narrowed the same way, so nothing out of scope can be read or
// probed through a record that is in scope. Pure: the caller supplies the models and the scope per
// type, so this is unit-tested without Strapi.
import { errors } from '@strapi/utils';

type Filter = Record<string, unknown>;

export interface RelationScopeContext {
  getModel(uid: string): { attributes: Record<string, any> } | undefined;
  /** The filter narrowing rows of `uid` for the caller; null: no narrowing. */
  scopeOf(uid: string): Filter | null;
  /** County and system callers: morph relations and files' own relations pass unchanged. */
  unscoped: boolean;
  /** Validates a client's filter on `uid` (refusing what the database would choke on). */
  checkFilters?(uid: string, filters: unknown, path: string): void;
  /**
   * Leave the scope out of the populate's SQL, for `pruneRelations` to apply to what comes back: a
   * relation filtered in SQL costs joins per populated relation that the database plans badly, while
   * checking the few ids a page returns is one indexed query per related type. Relations whose rows
   * are counted or paged are still filtered in SQL (pruning afterwards would make them wrong).
   */
  prune?: boolean;
}

/** Deeper than this, a populate is refused: a page of records never needs it, and it costs a query per level. */
export const MAX_POPULATE_DEPTH = 5;
const NESTED_OPTIONS = ['fields', 'sort', 'count', 'ordering', 'page', 'pageSize', 'start', 'limit'];
const FALSE_WORDS = new Set(['false', '0', 'f', 'n', 'no', 'off', '']);

const isPlainObject = (v: unknown): v is Record<string, any> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isMorph = (attr: any) => attr.type === 'relation' && String(attr.relation).startsWith('morph');

function invalid(path: string, why: string): never {
  throw new errors.ValidationError(`关联展开参数无效（${path}）：${why}`, { param: 'populate', path });
}

function and(a: Filter | null | undefined, b: Filter | null | undefined): Filter | undefined {
  if (a && b) return { $and: [a, b] };
  return a ?? b ?? undefined;
}

/** Every attribute `*` stands for: relations (not to Strapi's admin users), media, components, dynamic zones. */
function everyPopulatable(attributes: Record<string, any>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, attr] of Object.entries(attributes)) {
    if (attr.type === 'relation' && String(attr.target ?? '').startsWith('admin::')) continue;
    if (['relation', 'media', 'component', 'dynamiczone'].includes(attr.type)) out[name] = {};
  }
  return out;
}

/** 'a.b,c' or ['a.b', 'c'] → { a: { populate: ['b'] }, c: {} }. */
function fromPaths(paths: string[], attributes: Record<string, any>): Record<string, unknown> {
  const out: Record<string, any> = {};
  for (const raw of paths) {
    const path = raw.trim();
    if (!path) continue;
    if (path === '*') {
      for (const [name, options] of Object.entries(everyPopulatable(attributes))) out[name] ??= options;
      continue;
    }
    const [head, ...rest] = path.split('.');
    out[head] ??= {};
    if (rest.length) (out[head].populate ??= []).push(rest.join('.'));
  }
  return out;
}

/** Any populate a client may send, as { attribute: options } with options an object. */
function normalise(populate: unknown, attributes: Record<string, any>, path: string): Record<string, any> {
  if (populate == null || populate === false) return {};
  if (populate === true || populate === '*') return everyPopulatable(attributes);
  if (typeof populate === 'string') return fromPaths(populate.split(','), attributes);
  if (Array.isArray(populate)) {
    if (!populate.every((v) => typeof v === 'string')) invalid(path, '列表中只能是字段名');
    return fromPaths(populate.flatMap((v: string) => v.split(',')), attributes);
  }
  if (!isPlainObject(populate)) invalid(path, '应为字段名、列表或对象');
  const out: Record<string, any> = {};
  for (const [key, value] of Object.entries(populate)) {
    if (value == null || value === false) continue;
    if (typeof value === 'string') {
      if (value === '*' || !FALSE_WORDS.has(value.trim().toLowerCase())) out[key] = {};
      continue;
    }
    if (value === true || typeof value === 'number') {
      if (value) out[key] = {};
      continue;
    }
    if (!isPlainObject(value)) invalid(`${path}.${key}`, '应为 true 或对象');
    out[key] = value;
  }
  return out;
}

/**
 * The populate to run instead of the client's: same shape Strapi's document service takes, with the
 * target's scope added to every relation's `filters`. Unknown attributes are dropped (Strapi ignores
 * them too); a relation the caller may not read at all comes back empty, never as an error.
 */
export function scopePopulate(populate: unknown, uid: string, ctx: RelationScopeContext, path = 'populate', depth = 0): Record<string, any> | undefined {
  const model = ctx.getModel(uid);
  if (!model) return undefined;
  const requested = normalise(populate, model.attributes, path);
  if (!Object.keys(requested).length) return undefined;
  if (depth >= MAX_POPULATE_DEPTH) invalid(path, `最多展开 ${MAX_POPULATE_DEPTH} 层`);
  const out: Record<string, any> = {};
  for (const [name, options] of Object.entries(requested)) {
    const attr = model.attributes[name];
    if (!attr) continue;
    const at = `${path}.${name}`;
    if (attr.type === 'relation') {
      if (String(attr.target ?? '').startsWith('admin::')) continue;
      if (isMorph(attr)) {
        if (ctx.unscoped) out[name] = options;
        continue;
      }
      out[name] = relationOptions(options, attr.target, ctx, at, depth);
    } else if (attr.type === 'media') {
      // A file is seen through its record; its own relations (folder, every record using it) are not.
      out[name] = ctx.unscoped ? options : pick(options, ['fields']);
    } else if (attr.type === 'component') {
      const nested = scopePopulate(options.populate, attr.component, ctx, `${at}.populate`, depth + 1);
      out[name] = { ...pick(options, NESTED_OPTIONS), ...(nested ? { populate: nested } : {}) };
    } else if (attr.type === 'dynamiczone') {
      out[name] = { on: dynamicZoneFragments(options, attr.components ?? [], ctx, at, depth) };
    }
  }
  return out;
}

function pick(o: Record<string, any>, keys: string[]): Record<string, any> {
  return Object.fromEntries(keys.filter((k) => k in o).map((k) => [k, o[k]]));
}

const COUNTED_OR_PAGED = ['count', 'page', 'pageSize', 'start', 'limit'];

function relationOptions(options: Record<string, any>, target: string, ctx: RelationScopeContext, at: string, depth: number) {
  const out = pick(options, NESTED_OPTIONS);
  let clientFilters: Filter | undefined;
  if (options.filters != null) {
    ctx.checkFilters?.(target, options.filters, `${at}.filters`);
    clientFilters = scopeRelationFilters(options.filters, target, ctx);
  }
  const inSql = !ctx.prune || COUNTED_OR_PAGED.some((k) => options[k] != null);
  const filters = and(clientFilters, inSql ? ctx.scopeOf(target) : null);
  if (filters) out.filters = filters;
  const nested = scopePopulate(options.populate, target, ctx, `${at}.populate`, depth + 1);
  if (nested) out.populate = nested;
  return out;
}

/** `{ on: { uid: … } }` or `{ populate: '*' }` / true: each component of the zone, its relations scoped. */
function dynamicZoneFragments(options: Record<string, any>, components: string[], ctx: RelationScopeContext, at: string, depth: number) {
  const asked: Record<string, unknown> = isPlainObject(options.on) ? options.on : Object.fromEntries(components.map((c) => [c, { populate: '*' }]));
  const on: Record<string, any> = {};
  for (const [component, sub] of Object.entries(asked)) {
    if (!components.includes(component)) continue;
    const subOptions = isPlainObject(sub) ? sub : {};
    const nested = scopePopulate(subOptions.populate ?? (sub === true ? '*' : undefined), component, ctx, `${at}.on.${component}`, depth + 1);
    on[component] = { ...pick(subOptions, ['fields']), ...(nested ? { populate: nested } : {}) };
  }
  return on;
}

const LOGICAL = new Set(['$and', '$or', '$not']);
const PRESENCE = new Set(['$null', '$notNull']);

/**
 * A client's filter with every condition on a related record narrowed to the related type's scope,
 * so `parent.children.secretary.phone = …` cannot probe records out of scope. Presence tests
 * (`relation: { $null: true }`) keep their meaning.
 */
export function scopeRelationFilters(filters: unknown, uid: string, ctx: RelationScopeContext, depth = 0): any {
  if (!isPlainObject(filters) || depth > 20) return filters;
  const attributes = ctx.getModel(uid)?.attributes ?? {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (key === '$and' || key === '$or') {
      out[key] = Array.isArray(value) ? value.map((v) => scopeRelationFilters(v, uid, ctx, depth + 1)) : value;
    } else if (key === '$not') {
      out[key] = scopeRelationFilters(value, uid, ctx, depth + 1);
    } else if (key.startsWith('$')) {
      out[key] = value;
    } else {
      const attr = attributes[key];
      if (attr?.type === 'relation' && attr.target && !isMorph(attr)) out[key] = relationCondition(value, attr.target, ctx, depth);
      else if (attr?.type === 'component') out[key] = scopeRelationFilters(value, attr.component, ctx, depth + 1);
      else out[key] = value;
    }
  }
  return out;
}

/** `relation: { $null: true }` or `relation: { id: { $null: true } }`: whether there is a related record at all. */
function isPresenceTest(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  if (keys.length && keys.every((k) => PRESENCE.has(k))) return true;
  if (keys.length !== 1 || !['id', 'documentId'].includes(keys[0])) return false;
  const inner = value[keys[0]];
  return inner === null || (isPlainObject(inner) && Object.keys(inner).length > 0 && Object.keys(inner).every((k) => PRESENCE.has(k)));
}

function relationCondition(value: unknown, target: string, ctx: RelationScopeContext, depth: number): unknown {
  if (isPresenceTest(value)) return value;
  const scope = ctx.scopeOf(target);
  // `relation: 5` or `relation: { $in: [...] }` compare the related id.
  const inner = isPlainObject(value) && Object.keys(value).some((k) => !k.startsWith('$') || LOGICAL.has(k))
    ? scopeRelationFilters(value, target, ctx, depth + 1)
    : { id: value };
  return scope ? { $and: [scope, inner] } : inner;
}

type Readable = (uid: string, ids: number[]) => Promise<Set<number>>;

/** Each populated relation of a (scoped) populate, with its target and the populate below it. */
function* populated(node: any, uid: string, populate: Record<string, any> | undefined, ctx: RelationScopeContext): Generator<{ owner: any; name: string; target: string; below: any }> {
  if (!node || typeof node !== 'object' || !populate) return;
  const attributes = ctx.getModel(uid)?.attributes ?? {};
  for (const [name, options] of Object.entries(populate)) {
    const attr = attributes[name];
    const v = node[name];
    if (!attr || v == null || typeof v !== 'object') continue;
    if (attr.type === 'relation' && attr.target && !isMorph(attr)) {
      if (options?.count) continue; // counted in SQL, with the scope (see relationOptions)
      yield { owner: node, name, target: attr.target, below: options?.populate };
    } else if (attr.type === 'component') {
      for (const item of Array.isArray(v) ? v : [v]) yield* populated(item, attr.component, options?.populate, ctx);
    } else if (attr.type === 'dynamiczone' && Array.isArray(v)) {
      for (const item of v) if (item?.__component) yield* populated(item, item.__component, options?.on?.[item.__component]?.populate, ctx);
    }
  }
}

/**
 * Removes from a read's result every related record (at any depth) the caller may not read: a to-one
 * becomes null, a to-many loses the row. `populate` is what `scopePopulate` returned for the read.
 * One query per related type for all the ids of the page.
 */
export async function pruneRelations(result: unknown, uid: string, populate: Record<string, any> | undefined, ctx: RelationScopeContext, readable: Readable): Promise<void> {
  if (!populate || result == null || typeof result !== 'object') return;
  const roots = Array.isArray(result) ? result : [result];
  const wanted = new Map<string, Set<number>>();
  const collect = (node: any, nodeUid: string, pop: any) => {
    for (const rel of populated(node, nodeUid, pop, ctx)) {
      const rows = Array.isArray(rel.owner[rel.name]) ? rel.owner[rel.name] : [rel.owner[rel.name]];
      if (ctx.scopeOf(rel.target)) for (const r of rows) if (typeof r?.id === 'number') (wanted.get(rel.target) ?? wanted.set(rel.target, new Set()).get(rel.target)!).add(r.id);
      for (const r of rows) collect(r, rel.target, rel.below);
    }
  };
  for (const r of roots) collect(r, uid, populate);
  const visible = new Map<string, Set<number>>();
  for (const [target, ids] of wanted) visible.set(target, await readable(target, [...ids]));
  const keep = (target: string, row: any) => !visible.has(target) || visible.get(target)!.has(row?.id);
  const prune = (node: any, nodeUid: string, pop: any) => {
    for (const rel of [...populated(node, nodeUid, pop, ctx)]) {
      const v = rel.owner[rel.name];
      if (Array.isArray(v)) rel.owner[rel.name] = v.filter((row) => keep(rel.target, row));
      else if (!keep(rel.target, v)) rel.owner[rel.name] = null;
      const rows = rel.owner[rel.name];
      for (const r of Array.isArray(rows) ? rows : rows ? [rows] : []) prune(r, rel.target, rel.below);
    }
  };
  for (const r of roots) prune(r, uid, populate);
}
