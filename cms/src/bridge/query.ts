// Translates ra-data-simple-rest's list query (sort, range, filter; FakeRest's filter dialect) into
// document-service params. Pure: it only needs the model, so it is unit-tested without Strapi.
import { badRequest } from './http-error';
import { isText, searchableFields, visibleAttributes, type Model } from './model';

export const MAX_PAGE = 1000;
const SUFFIXES: Record<string, string> = { _gte: '$gte', _lte: '$lte', _gt: '$gt', _lt: '$lt', _neq: '$ne', _q: '$containsi' };
const SYSTEM_FIELDS = ['createdAt', 'updatedAt'];

export interface ListParams {
  filters: Record<string, unknown>;
  sort: Record<string, 'asc' | 'desc'>;
  start: number;
  limit: number;
}

function parseJson(raw: unknown, param: string): unknown {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string') throw badRequest(`参数 ${param} 应为 JSON 字符串`, { param });
  try {
    return JSON.parse(raw);
  } catch {
    throw badRequest(`参数 ${param} 不是有效的 JSON`, { param });
  }
}

/** `range=[0,24]`, or a `Range: members=0-24` header when the query has none. */
export function parseRange(raw: unknown, header?: string): { start: number; limit: number } {
  let range = parseJson(raw, 'range');
  if (range === undefined && header) {
    const m = /^\s*[\w-]+=(\d+)-(\d+)\s*$/.exec(header);
    if (!m) throw badRequest('Range 请求头格式应为 <资源>=<起>-<止>', { param: 'Range' });
    range = [Number(m[1]), Number(m[2])];
  }
  if (range === undefined) return { start: 0, limit: 25 };
  if (!Array.isArray(range) || range.length !== 2 || !range.every((n) => Number.isInteger(n) && n >= 0) || range[1] < range[0]) {
    throw badRequest('参数 range 应为 [起, 止]，均为非负整数且止不小于起', { param: 'range' });
  }
  const limit = range[1] - range[0] + 1;
  if (limit > MAX_PAGE) throw badRequest(`每页最多 ${MAX_PAGE} 条`, { param: 'range', max: MAX_PAGE });
  return { start: range[0], limit };
}

export function parseSort(raw: unknown, model: Model): Record<string, 'asc' | 'desc'> {
  const sort = parseJson(raw, 'sort');
  if (sort === undefined) return { id: 'asc' };
  if (!Array.isArray(sort) || sort.length !== 2 || typeof sort[0] !== 'string' || !['ASC', 'DESC'].includes(String(sort[1]).toUpperCase())) {
    throw badRequest('参数 sort 应为 ["字段", "ASC"|"DESC"]', { param: 'sort' });
  }
  const [field, order] = sort as [string, string];
  const attr = model.attributes[field];
  const sortable = field === 'id' || SYSTEM_FIELDS.includes(field) || (attr && !['relation', 'json', 'media'].includes(attr.type) && visibleAttributes(model).some(([n]) => n === field));
  if (!sortable) throw badRequest(`不能按字段 ${field} 排序`, { param: 'sort', field });
  // `id` is the documentId, which is random: sort by creation order instead.
  return { [field]: order.toLowerCase() as 'asc' | 'desc' };
}

function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [v];
}

/** One filter entry → a Strapi condition. Relations and `id` compare documentIds. */
function condition(model: Model, key: string, value: unknown): Record<string, unknown> {
  if (key === 'q') {
    if (typeof value !== 'string') throw badRequest('全文搜索 q 应为字符串', { param: 'filter', field: 'q' });
    const fields = searchableFields(model);
    const term = value.trim();
    if (!term || !fields.length) return {};
    // A term without upper/lower case (Chinese, digits) matches the same rows case-sensitively, and
    // a plain LIKE skips lowering every value of every row scanned (several times cheaper on PostgreSQL).
    const op = term.toLowerCase() === term.toUpperCase() ? '$contains' : '$containsi';
    return { $or: fields.map((f) => ({ [f]: { [op]: term } })) };
  }
  let field = key;
  let op = '$eq';
  const suffix = Object.keys(SUFFIXES).find((s) => key.endsWith(s) && key.length > s.length);
  if (suffix && !(key in model.attributes) && key !== 'id') {
    field = key.slice(0, -suffix.length);
    op = SUFFIXES[suffix];
  }
  const attr = model.attributes[field];
  const known = field === 'id' || SYSTEM_FIELDS.includes(field) || (attr && visibleAttributes(model).some(([n]) => n === field));
  if (!known) throw badRequest(`未知的筛选字段：${key}`, { param: 'filter', field: key });
  if (op === '$containsi' && !(attr && isText(attr))) throw badRequest(`字段 ${field} 不是文本，不能用 _q`, { param: 'filter', field: key });
  if (Array.isArray(value) && op !== '$eq' && op !== '$ne') throw badRequest(`字段 ${key} 的值不能是列表`, { param: 'filter', field: key });
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) throw badRequest(`字段 ${key} 的值应为单个值或列表`, { param: 'filter', field: key });
  const listOp = op === '$eq' ? '$in' : '$notIn';
  const compare = Array.isArray(value) ? { [listOp]: value } : value === null ? { [op === '$ne' ? '$notNull' : '$null']: true } : { [op]: value };
  if (field === 'id') return { documentId: compare };
  if (attr?.type === 'relation') {
    if (value === null) return { [field]: { id: compare } };
    if (!asList(value).every((v) => typeof v === 'string')) throw badRequest(`关联字段 ${field} 的值应为记录 id`, { param: 'filter', field: key });
    return { [field]: { documentId: compare } };
  }
  return { [field]: compare };
}

export function parseFilter(raw: unknown, model: Model): Record<string, unknown> {
  const filter = parseJson(raw, 'filter');
  if (filter === undefined) return {};
  if (filter === null || typeof filter !== 'object' || Array.isArray(filter)) throw badRequest('参数 filter 应为 JSON 对象', { param: 'filter' });
  const parts = Object.entries(filter).map(([k, v]) => condition(model, k, v)).filter((c) => Object.keys(c).length);
  return parts.length ? { $and: parts } : {};
}

export function parseList(query: Record<string, unknown>, model: Model, rangeHeader?: string): ListParams {
  for (const key of Object.keys(query)) {
    if (!['sort', 'range', 'filter'].includes(key)) throw badRequest(`未知的查询参数：${key}`, { param: key });
  }
  return { filters: parseFilter(query.filter, model), sort: parseSort(query.sort, model), ...parseRange(query.range, rangeHeader) };
}
