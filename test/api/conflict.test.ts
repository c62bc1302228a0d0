// An edit based on a stale version is refused with 409 and changes nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { roleCallers, anchors, type Caller } from './callers';

let county: Caller;
let township: Caller;

beforeAll(async () => {
  ({ county, township } = await roleCallers());
});

describe('edit conflicts', () => {
  it('answers 409 on /ra when the record changed since it was loaded', async () => {
    const { township: town } = await anchors();
    const grid = (await county.request('GET', `/ra/grids?filter=${encodeURIComponent(JSON.stringify({ township: town.documentId }))}&range=[0,0]`)).body[0];
    // Two people open the same grid; the first saves.
    const first = await township.request('PUT', `/ra/grids/${grid.id}`, { ...grid, name: `${grid.name}（甲）` });
    expect(first.status).toBe(200);
    expect(first.body.updatedAt).not.toBe(grid.updatedAt);
    // The second saves what they loaded before: refused, with a message for the panel.
    const second = await county.request('PUT', `/ra/grids/${grid.id}`, { ...grid, name: `${grid.name}（乙）` });
    expect(second.status).toBe(409);
    expect(second.body.message).toBe('该记录已被他人修改，请重新加载后再编辑');
    expect((await county.request('GET', `/ra/grids/${grid.id}`)).body.name).toBe(`${grid.name}（甲）`);
    // After reloading, the save goes through.
    const reloaded = (await county.request('GET', `/ra/grids/${grid.id}`)).body;
    expect((await county.request('PUT', `/ra/grids/${grid.id}`, { ...reloaded, name: grid.name })).status).toBe(200);
  });

  it('honours If-Match on the REST API', async () => {
    const res = await county.request('GET', '/api/grids?pagination[pageSize]=1&sort=id:desc');
    const g = res.body.data[0];
    const stale = new Date(new Date(g.updatedAt).getTime() - 1000).toISOString();
    const refused = await county.request('PUT', `/api/grids/${g.documentId}`, { data: { name: 'stale' } }, { 'If-Match': `"${stale}"` });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe('该记录已被他人修改，请重新加载后再编辑');
    const ok = await county.request('PUT', `/api/grids/${g.documentId}`, { data: { name: g.name } }, { 'If-Match': `"${g.updatedAt}"` });
    expect(ok.status).toBe(200);
  });
});
