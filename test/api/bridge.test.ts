// The /ra bridge speaks ra-data-simple-rest: every method, the filter dialect, and bad input.
import { beforeAll, describe, expect, it } from 'vitest';
import { testServer } from './server';
import { anchors, raQuery, roleCallers, totalOf, type Caller } from './callers';

let county: Caller;
let strapi: any;

beforeAll(async () => {
  ({ strapi } = await testServer());
  county = (await roleCallers()).county;
});

const list = (resource: string, q: Parameters<typeof raQuery>[0], headers?: Record<string, string>) =>
  county.request('GET', `/ra/${resource}${raQuery(q)}`, undefined, headers);

describe('getList', () => {
  it('answers a bare array and Content-Range, exposed through CORS', async () => {
    const res = await list('grids', { sort: ['code', 'ASC'], range: [0, 9], filter: { kind: 'urban' } });
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body)).toBe(true);
    expect(res.body).toHaveLength(10);
    expect(res.headers.get('content-range')).toBe('grids 0-9/128');
    expect(res.headers.get('access-control-expose-headers')).toMatch(/Content-Range/i);
    expect(res.body[0]).toMatchObject({ code: '321323001-U001', kind: 'urban' });
    expect(typeof res.body[0].id).toBe('string');
    expect(typeof res.body[0].township).toBe('string');
    expect(res.body[0].check).toMatchObject({ ok: true });
  });

  it('pages with the range and sorts both ways', async () => {
    const asc = await list('townships', { sort: ['code', 'ASC'], range: [0, 12] });
    const desc = await list('townships', { sort: ['code', 'DESC'], range: [10, 12] });
    expect(desc.headers.get('content-range')).toBe('townships 10-12/13');
    expect(desc.body.map((t: any) => t.code)).toEqual(asc.body.slice(0, 3).map((t: any) => t.code).reverse());
  });

  it('accepts the Range header when the query has no range', async () => {
    const res = await list('townships', { sort: ['code', 'ASC'] }, { Range: 'townships=2-4' });
    expect(res.headers.get('content-range')).toBe('townships 2-4/13');
    expect(res.body[0].code).toBe('321323003');
  });

  it('says */total past the end', async () => {
    const res = await list('townships', { range: [100, 109] });
    expect(res.status).toBe(200);
    expect(res.body).toEqual([]);
    expect(totalOf(res.headers.get('content-range'))).toBe(13);
  });
});

describe('filter dialect', () => {
  it('matches exactly, with arrays as IN', async () => {
    const one = await list('grids', { filter: { kind: 'special' }, range: [0, 0] });
    expect(totalOf(one.headers.get('content-range'))).toBe(177);
    const two = await list('grids', { filter: { kind: ['special', 'urban'] }, range: [0, 0] });
    expect(totalOf(two.headers.get('content-range'))).toBe(305);
  });

  it('searches the text fields with q', async () => {
    const res = await list('members', { filter: { q: 'SY00012' }, range: [0, 99] });
    expect(totalOf(res.headers.get('content-range'))).toBe(10);
    expect(res.body.every((m: any) => m.code.startsWith('SY00012'))).toBe(true);
  });

  it('searches the fields a schema names, Chinese terms included, in any letter case', async () => {
    const schema = await county.request('GET', '/ra/_schema');
    expect(schema.body.resources.find((r: any) => r.name === 'members').searchable).toEqual(['code', 'name', 'phone', 'idNumber']);
    const member = await strapi.db.query('api::member.member').findOne({ where: { code: 'SY000120' } });
    const byName = await list('members', { filter: { q: member.name }, range: [0, 999] });
    expect(byName.body.some((m: any) => m.code === 'SY000120')).toBe(true);
    expect(byName.body.every((m: any) => m.name.includes(member.name))).toBe(true);
    // 工作单位 is not one of them
    const employed = await strapi.db.query('api::member.member').findOne({ where: { employer: { $notNull: true } } });
    expect(totalOf((await list('members', { filter: { q: employed.employer }, range: [0, 0] })).headers.get('content-range'))).toBe(0);
    expect(totalOf((await list('members', { filter: { q: 'sy00012' }, range: [0, 0] })).headers.get('content-range'))).toBe(10);
  });

  it('supports _gte _lte _gt _lt _neq _q', async () => {
    const count = async (filter: Record<string, unknown>) => totalOf((await list('townships', { filter, range: [0, 0] })).headers.get('content-range'));
    expect(await count({ population_gt: 60000 })).toBe(10);
    expect(await count({ population_gte: 40000, population_lte: 60000 })).toBe(3);
    expect(await count({ population_lt: 50000 })).toBe(2);
    expect(await count({ kind_neq: 'town' })).toBe(4);
    expect(await count({ name_q: '街道' })).toBe(3);
  });

  it('filters relations by id and getMany by id list', async () => {
    const { township } = await anchors();
    const grids = await list('grids', { filter: { township: township.documentId }, range: [0, 999] });
    expect(totalOf(grids.headers.get('content-range'))).toBe(80);
    const ids = grids.body.slice(0, 3).map((g: any) => g.id);
    const many = await list('grids', { filter: { id: ids } });
    expect(many.body.map((g: any) => g.id).sort()).toEqual([...ids].sort());
  });

  it('matches null relations', async () => {
    const res = await list('party-organisations', { filter: { parent: null }, range: [0, 99] });
    expect(totalOf(res.headers.get('content-range'))).toBe(13);
  });
});

describe('getOne, create, update, delete', () => {
  it('round-trips a record', async () => {
    const { township } = await anchors();
    const created = await county.request('POST', '/ra/offices', { name: '测试办公室', kind: 'office', township: township.documentId });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: '测试办公室', kind: 'office', township: township.documentId });
    const id = created.body.id;
    const one = await county.request('GET', `/ra/offices/${id}`);
    expect(one.body).toEqual(created.body);
    const updated = await county.request('PUT', `/ra/offices/${id}`, { ...one.body, name: '测试办公室（改）' });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ id, name: '测试办公室（改）' });
    const removed = await county.request('DELETE', `/ra/offices/${id}`);
    expect(removed.status).toBe(200);
    expect(removed.body.id).toBe(id);
    expect((await county.request('GET', `/ra/offices/${id}`)).status).toBe(404);
  });

  it('getManyReference: a township\'s offices', async () => {
    const { township } = await anchors();
    const res = await list('offices', { filter: { township: township.documentId }, sort: ['name', 'ASC'], range: [0, 24] });
    expect(res.body.length).toBe(totalOf(res.headers.get('content-range')));
    expect(res.body.length).toBeGreaterThanOrEqual(9);
  });
});

describe('schema', () => {
  it('describes every content type with field types, enums, relation targets and required flags', async () => {
    const res = await county.request('GET', '/ra/_schema');
    expect(res.status).toBe(200);
    const names = res.body.resources.map((r: any) => r.name);
    for (const n of ['townships', 'offices', 'office-templates', 'party-organisations', 'grids', 'grid-standards', 'grid-staffs', 'members', 'audit-logs']) expect(names).toContain(n);
    const grids = res.body.resources.find((r: any) => r.name === 'grids');
    const field = (n: string) => grids.fields.find((f: any) => f.name === n);
    expect(field('kind')).toMatchObject({ type: 'enumeration', enum: ['urban', 'rural', 'special'], required: true });
    expect(field('township')).toMatchObject({ type: 'relation', relation: 'manyToOne', target: 'townships', required: true });
    expect(field('staff')).toMatchObject({ relation: 'oneToMany', target: 'grid-staffs', mappedBy: 'grid' });
    expect(field('check')).toMatchObject({ type: 'json', readOnly: true });
    expect(grids.permissions).toEqual({ list: true, create: true, edit: true, delete: true });
    expect(grids.searchable).toEqual(['code', 'name', 'village']);
  });
});

describe('bad input', () => {
  const bad = async (method: string, url: string, status: number, message: RegExp, body?: unknown) => {
    const res = await county.request(method, url, body);
    expect(res.status, `${method} ${url} → ${JSON.stringify(res.body)}`).toBe(status);
    expect(res.body.message).toMatch(message);
  };

  it('refuses malformed JSON, unknown fields and operators, bad ranges and sorts', async () => {
    await bad('GET', '/ra/grids?filter={oops', 400, /filter 不是有效的 JSON/);
    await bad('GET', '/ra/grids?filter=[1]', 400, /filter 应为 JSON 对象/);
    await bad('GET', `/ra/grids${raQuery({ filter: { nosuch: 1 } })}`, 400, /未知的筛选字段：nosuch/);
    await bad('GET', `/ra/grids${raQuery({ filter: { kind_like: 'x' } })}`, 400, /未知的筛选字段：kind_like/);
    await bad('GET', `/ra/grids${raQuery({ filter: { kind: { $ne: 'x' } } })}`, 400, /应为单个值或列表/);
    await bad('GET', `/ra/townships${raQuery({ filter: { population_gt: 'many' } })}`, 400, /不是数字/);
    await bad('GET', `/ra/townships${raQuery({ filter: { population_q: '1' } })}`, 400, /不是文本/);
    await bad('GET', `/ra/grids${raQuery({ range: [-1, 5] })}`, 400, /range/);
    await bad('GET', `/ra/grids${raQuery({ range: [5, 1] })}`, 400, /range/);
    await bad('GET', `/ra/grids${raQuery({ range: [0, 100000] })}`, 400, /每页最多 1000 条/);
    await bad('GET', '/ra/grids?range=[0,"a"]', 400, /range/);
    await bad('GET', `/ra/grids${raQuery({ sort: ['nosuch', 'ASC'] })}`, 400, /不能按字段 nosuch 排序/);
    await bad('GET', `/ra/grids${raQuery({ sort: ['code', 'UP'] })}`, 400, /sort/);
    await bad('GET', '/ra/grids?page=2', 400, /未知的查询参数：page/);
  });

  it('answers unknown resources and records with 404', async () => {
    await bad('GET', '/ra/spaceships', 404, /未知资源：spaceships/);
    await bad('GET', '/ra/grids/nosuchid', 404, /记录不存在/);
    await bad('PUT', '/ra/grids/nosuchid', 404, /不存在/, { name: 'x' });
    await bad('DELETE', '/ra/grids/nosuchid', 404, /记录不存在/);
  });

  it('refuses bad writes with a message and writes nothing', async () => {
    const { township } = await anchors();
    const before = await strapi.db.query('api::grid.grid').count();
    await bad('POST', '/ra/grids', 400, /未知字段：colour/, { code: '321323102-R950', name: 'x', kind: 'rural', township: township.documentId, colour: 'red' });
    await bad('POST', '/ra/grids', 400, /kind must be one of/, { code: '321323102-R950', name: 'x', kind: 'city', township: township.documentId });
    await bad('POST', '/ra/grids', 400, /所属乡镇（街道）不能为空/, { code: '321323102-R950', name: 'x', kind: 'rural' });
    await bad('POST', '/ra/grids', 400, /township 应为记录 id/, { code: '321323102-R950', name: 'x', kind: 'rural', township: 5 });
    await bad('POST', '/ra/grids', 400, /请求体应为 JSON 对象/, [1, 2]);
    expect(await strapi.db.query('api::grid.grid').count()).toBe(before);
  });

  it('refuses a malformed JSON body with 400', async () => {
    const { baseUrl } = await testServer();
    const res = await fetch(`${baseUrl}/ra/grids`, { method: 'POST', headers: { Authorization: `Bearer ${county.jwt}`, 'Content-Type': 'application/json' }, body: '{"name":' });
    expect(res.status).toBe(400);
  });
});
