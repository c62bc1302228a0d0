// Refuses filters the database layer would choke on (a 500 otherwise): logical operators that are
// not lists of conditions, and values that cannot be the attribute's type (PostgreSQL rejects
// 'abc' for an integer column where SQLite would quietly match nothing).
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const READS = new Set(['findMany', 'findFirst', 'findOne', 'count']);
const NUMERIC = new Set(['integer', 'biginteger', 'decimal', 'float']);
const LIST_OPERATORS = new Set(['$in', '$notIn', '$between']);
const PRESENCE_OPERATORS = new Set(['$null', '$notNull']);

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function fail(path: string, why: string): never {
  throw new errors.ValidationError(`筛选条件无效（${path}）：${why}`, { param: 'filters', path });
}

function checkScalar(type: string, value: unknown, path: string): void {
  if (value === null) return;
  if (typeof value === 'object') fail(path, '应为单个值');
  const s = String(value);
  if (NUMERIC.has(type) && !/^-?\d+(\.\d+)?$/.test(s)) fail(path, `“${s}”不是数字`);
  if (type === 'boolean' && !/^(true|false|1|0)$/.test(s)) fail(path, `“${s}”不是布尔值`);
  if (type === 'date' && (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(Date.parse(s)))) fail(path, `“${s}”不是日期（YYYY-MM-DD）`);
  if ((type === 'datetime' || type === 'timestamp') && Number.isNaN(Date.parse(s))) fail(path, `“${s}”不是时间`);
}

function checkValue(type: string, value: unknown, path: string): void {
  if (Array.isArray(value)) return value.forEach((v, i) => checkScalar(type, v, `${path}[${i}]`));
  if (!isPlainObject(value)) return checkScalar(type, value, path);
  for (const [op, v] of Object.entries(value)) {
    const at = `${path}.${op}`;
    if (op === '$not') checkValue(type, v, at);
    else if (PRESENCE_OPERATORS.has(op)) checkScalar('boolean', v, at);
    else if (LIST_OPERATORS.has(op)) (Array.isArray(v) ? v : [v]).forEach((x, i) => checkScalar(type, x, `${at}[${i}]`));
    else if (op.startsWith('$')) checkScalar(type, v, at);
  }
}

export function checkFilters(strapi: Core.Strapi, uid: string, filters: unknown, path = 'filters'): void {
  if (filters == null) return;
  if (!isPlainObject(filters)) fail(path, '应为条件对象');
  const model = strapi.getModel(uid as any) as any;
  for (const [key, value] of Object.entries(filters)) {
    const at = `${path}.${key}`;
    if (key === '$and' || key === '$or') {
      if (!Array.isArray(value) || !value.every(isPlainObject)) fail(at, `${key} 应为条件列表`);
      (value as unknown[]).forEach((v, i) => checkFilters(strapi, uid, v, `${at}[${i}]`));
    } else if (key === '$not') {
      checkFilters(strapi, uid, value, at);
    } else if (key.startsWith('$')) {
      fail(at, `此处不能使用运算符 ${key}`);
    } else if (key === 'id') {
      checkValue('integer', value, at);
    } else {
      const attr = model?.attributes?.[key];
      if (!attr) continue; // unknown keys are refused by Strapi's own query validation
      if (attr.type === 'relation' && attr.target) {
        if (isPlainObject(value) && Object.keys(value).some((k) => !k.startsWith('$'))) checkFilters(strapi, attr.target, value, at);
        else checkValue('integer', value, at);
      } else if (attr.type !== 'component' && attr.type !== 'dynamiczone' && attr.type !== 'media') {
        checkValue(attr.type, value, at);
      }
    }
  }
}

export function filterShape(strapi: Core.Strapi) {
  return async (ctx: { uid: string; action: string; params: any }, next: () => Promise<any>) => {
    if (READS.has(ctx.action)) checkFilters(strapi, ctx.uid, ctx.params?.filters);
    return next();
  };
}
