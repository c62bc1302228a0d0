// Records as react-admin sees them: `id` is the documentId, to-one relations are the related id,
// to-many relations are left out (the panel reads them from the other side).
import { badRequest } from './http-error';
import { isMedia, isToMany, isToOne, READ_ONLY, visibleAttributes, type Model } from './model';

type Row = Record<string, any>;

/** populate that brings each to-one relation's documentId, and uploaded files' name and URL. */
export function toOnePopulate(model: Model): Record<string, { fields: string[] }> {
  return Object.fromEntries(visibleAttributes(model)
    .filter(([, a]) => isToOne(a) || isMedia(a))
    .map(([n, a]) => [n, { fields: isMedia(a) ? ['name', 'url', 'mime', 'size'] : ['documentId'] }]));
}

/** A file as the panel shows it; its `id` is the upload's numeric id, which writes send back. */
const fileOut = (f: any) => (f ? { id: f.id, name: f.name, url: f.url, mime: f.mime, size: f.size } : null);
const fileIn = (v: any) => (typeof v === 'number' ? v : v && typeof v === 'object' && typeof v.id === 'number' ? v.id : undefined);

export function toRecord(model: Model, row: Row): Row {
  const out: Row = { id: row.documentId };
  for (const [name, attr] of visibleAttributes(model)) {
    if (isMedia(attr)) out[name] = attr.multiple ? (row[name] ?? []).map(fileOut) : fileOut(row[name]);
    else if (isToMany(attr)) continue;
    else if (isToOne(attr)) out[name] = row[name]?.documentId ?? null;
    else if (name in row) out[name] = row[name];
  }
  for (const f of ['createdAt', 'updatedAt']) if (f in row) out[f] = row[f];
  return out;
}

/**
 * A request body → document-service data. Read-only fields are dropped (react-admin sends the
 * whole record back on update); unknown fields are refused so typos do not vanish silently.
 */
export function toData(model: Model, body: unknown): Row {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw badRequest('请求体应为 JSON 对象');
  const visible = new Map(visibleAttributes(model));
  const data: Row = {};
  for (const [key, value] of Object.entries(body as Row)) {
    if (READ_ONLY.has(key)) continue;
    const attr = visible.get(key);
    if (!attr) throw badRequest(`未知字段：${key}`, { field: key });
    if (attr.writable === false) continue;
    if (isMedia(attr)) {
      const ids = attr.multiple ? (Array.isArray(value) ? value.map(fileIn) : [undefined]) : [value === null ? null : fileIn(value)];
      if (ids.some((id) => id === undefined)) throw badRequest(`字段 ${key} 应为已上传文件的 id`, { field: key });
      data[key] = attr.multiple ? ids : ids[0];
    } else if (isToMany(attr)) {
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw badRequest(`字段 ${key} 应为记录 id 列表`, { field: key });
      data[key] = { set: value.map((documentId) => ({ documentId })) };
    } else if (isToOne(attr)) {
      if (value !== null && typeof value !== 'string') throw badRequest(`字段 ${key} 应为记录 id`, { field: key });
      data[key] = value;
    } else {
      data[key] = value;
    }
  }
  return data;
}
