// The stock ra-data-simple-rest package, from Node, against the running server: all nine methods.
import { beforeAll, describe, expect, it } from 'vitest';
import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, type DataProvider } from 'ra-core';
import { testServer } from './server';
import { anchors, roleCallers } from './callers';

let dp: DataProvider;
let township: { documentId: string };

beforeAll(async () => {
  const { baseUrl } = await testServer();
  const { county } = await roleCallers();
  township = (await anchors()).township;
  const httpClient = (url: string, options: fetchUtils.Options = {}) =>
    fetchUtils.fetchJson(url, { ...options, user: { authenticated: true, token: `Bearer ${county.jwt}` } });
  dp = simpleRestProvider(`${baseUrl}/ra`, httpClient, 'Content-Range');
});

describe('ra-data-simple-rest against /ra', () => {
  it('getList pages, sorts and filters with totals', async () => {
    const res = await dp.getList('grids', { pagination: { page: 2, perPage: 10 }, sort: { field: 'code', order: 'ASC' }, filter: { kind: 'special' } });
    expect(res.total).toBe(177);
    expect(res.data).toHaveLength(10);
    expect(res.data[0].code < res.data[9].code).toBe(true);
  });

  it('getOne and getMany', async () => {
    const list = await dp.getList('townships', { pagination: { page: 1, perPage: 3 }, sort: { field: 'code', order: 'ASC' }, filter: {} });
    const one = await dp.getOne('townships', { id: list.data[0].id });
    expect(one.data.name).toBe('众兴街道');
    const many = await dp.getMany('townships', { ids: list.data.map((t) => t.id) });
    expect(many.data.map((t) => t.code).sort()).toEqual(list.data.map((t) => t.code).sort());
  });

  it('getManyReference', async () => {
    const res = await dp.getManyReference('offices', { target: 'township', id: township.documentId, pagination: { page: 1, perPage: 50 }, sort: { field: 'name', order: 'ASC' }, filter: {} });
    expect(res.total).toBeGreaterThanOrEqual(9);
    expect(res.data.every((o) => o.township === township.documentId)).toBe(true);
  });

  it('create, update, updateMany, delete, deleteMany', async () => {
    const a = await dp.create('offices', { data: { name: '客户端测试一', kind: 'office', township: township.documentId } });
    const b = await dp.create('offices', { data: { name: '客户端测试二', kind: 'office', township: township.documentId } });
    expect(a.data.id).toEqual(expect.any(String));
    const updated = await dp.update('offices', { id: a.data.id, data: { ...a.data, name: '客户端测试一（改）' }, previousData: a.data });
    expect(updated.data.name).toBe('客户端测试一（改）');
    const current = await dp.getMany('offices', { ids: [a.data.id, b.data.id] });
    const many = await dp.updateMany('offices', { ids: [a.data.id, b.data.id], data: { kind: 'bureau' } });
    expect([...many.data!].sort()).toEqual([a.data.id, b.data.id].sort());
    expect(current.data).toHaveLength(2);
    const deleted = await dp.delete('offices', { id: a.data.id, previousData: updated.data });
    expect(deleted.data.id).toBe(a.data.id);
    const gone = await dp.deleteMany('offices', { ids: [b.data.id] });
    expect(gone.data).toEqual([b.data.id]);
    const left = await dp.getMany('offices', { ids: [a.data.id, b.data.id] });
    expect(left.data).toEqual([]);
  });

  it('surfaces the server message on errors', async () => {
    await expect(dp.create('grids', { data: { code: 'x', name: 'x', kind: 'rural' } })).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/不能为空|code/) });
  });
});
