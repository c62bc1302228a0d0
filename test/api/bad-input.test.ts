// Malformed writes on the content API answer 400 with a message and leave the database as it was.
import { beforeAll, describe, expect, it } from 'vitest';
import { api, testServer, total } from './server';

let township: string;
let rural: string;
let branch: string;

beforeAll(async () => {
  await testServer();
  township = (await api('GET', '/api/townships?filters[code][$eq]=321323102')).body.data[0].documentId;
  rural = (await api('GET', '/api/grids?filters[kind][$eq]=rural&pagination[pageSize]=1')).body.data[0].documentId;
  branch = (await api('GET', '/api/party-organisations?filters[level][$eq]=branch&pagination[pageSize]=1')).body.data[0].documentId;
});

/** Sends the write, expects a 400 whose message matches, and checks the collection did not grow. */
async function refused(plural: string, body: unknown, message: RegExp, method = 'POST', path = `/api/${plural}`) {
  const before = await total(plural);
  const res = await api(method, path, body);
  expect(res.status, JSON.stringify(res.body)).toBe(400);
  expect(res.body.error.message).toMatch(message);
  expect(await total(plural)).toBe(before);
  return res.body.error;
}

describe('bad input on the content API', () => {
  it('refuses a grid without a township', async () => {
    const err = await refused('grids', { data: { code: '321323102-R901', name: '无乡镇网格', kind: 'rural' } }, /所属乡镇（街道）不能为空/);
    expect(err.details).toMatchObject({ field: 'township', code: 'relation_required' });
  });

  it('refuses removing the township of an existing grid', async () => {
    await refused('grids', { data: { township: null } }, /所属乡镇（街道）不能为空/, 'PUT', `/api/grids/${rural}`);
  });

  it('refuses an unknown enum value', async () => {
    await refused('grids', { data: { code: '321323102-R902', name: '坏类型网格', kind: 'city', township } }, /kind must be one of/);
  });

  it('refuses wrong types', async () => {
    await refused('townships', { data: { code: '321323999', name: '测试乡', kind: 'township', population: 'many' } }, /population must be a `number`/);
    await refused('members', { data: { name: '测试', gender: 'male', birthDate: 'yesterday', joinedDate: '2000-01-01', partyOrganisation: branch } }, /birthDate 应为日期/);
    await refused('members', { data: { name: '测试', gender: 'robot', birthDate: '1990-01-01', joinedDate: '2000-01-01', partyOrganisation: branch } }, /gender must be one of/);
  });

  it('refuses codes in the wrong format', async () => {
    await refused('townships', { data: { code: '3213', name: '测试乡', kind: 'township', population: 100 } }, /code/);
    await refused('grids', { data: { code: 'G-1', name: '测试网格', kind: 'rural', township } }, /code/);
  });

  it('refuses a relation to a record that does not exist', async () => {
    await refused('grids', { data: { code: '321323102-R903', name: '悬空网格', kind: 'rural', township: 'nosuchdocumentid000000' } }, /not found|does not exist|不存在/i);
  });

  it('refuses a grid staff role that no standard names', async () => {
    const err = await refused('grid-staffs', { data: { name: '测试', role: 'astronaut', grid: rural } }, /岗位“astronaut”不在网格配备标准中/);
    expect(err.details.code).toBe('unknown_role');
  });

  it('refuses a party organisation under one of a lower or equal level', async () => {
    const group = (await api('GET', '/api/party-organisations?filters[level][$eq]=party_group&pagination[pageSize]=1')).body.data[0];
    await refused('party-organisations', { data: { name: '倒挂支部', level: 'branch', parent: group.documentId, township } }, /上级党组织的层级必须高于本组织/);
    // nor turn a party group into a committee under its branch
    await refused('party-organisations', { data: { level: 'committee' } }, /上级党组织的层级必须高于本组织/, 'PUT', `/api/party-organisations/${group.documentId}`);
  });

  it('refuses a member without a branch', async () => {
    await refused('members', { data: { name: '无支部', gender: 'male', birthDate: '1990-01-01', joinedDate: '2010-01-01' } }, /所属党组织不能为空/);
  });

  it('answers a malformed query with 400, not 500', async () => {
    for (const q of ['filters[kind][$nope]=1', 'sort=nosuchfield:asc', 'filters[nosuchfield][$eq]=1', 'populate=nosuchrelation', 'filters[$or]=x']) {
      const res = await api('GET', `/api/grids?${q}`);
      expect(res.status, q).toBeGreaterThanOrEqual(400);
      expect(res.status, q).toBeLessThan(500);
    }
  });
});

describe('malformed pagination and sort on /api', () => {
  it('answers 400 in Chinese instead of guessing', async () => {
    for (const [query, message] of [
      ['pagination[pageSize]=abc', /pagination\[pageSize\]/],
      ['pagination[page]=-1', /pagination\[page\]/],
      ['pagination[page]=1.5', /pagination\[page\]/],
      ['pagination[pageSize]=1000', /1–100/],
      ['pagination[start]=-3', /pagination\[start\]/],
      ['pagination[limit]=0', /pagination\[limit\]/],
      ['pagination[page]=1&pagination[start]=0', /不能同时使用/],
      ['pagination[withCount]=maybe', /withCount/],
      ['pagination[nope]=1', /未知的分页参数/],
      ['pagination=5', /应为对象/],
      ['sort=name:sideways', /排序参数无效/],
      ['sort=name;drop', /排序参数无效/],
      ['sort[0][name]=asc', /排序参数/],
    ] as const) {
      const res = await api('GET', `/api/members?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.error.message, query).toMatch(message);
      expect(res.body.error.message, query).toMatch(/[\u4e00-\u9fff]/);
    }
    // Strapi's own refusals come in Chinese too (the English original stays in details)
    const unknown = await api('GET', '/api/members?sort=nope:asc');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/无效的字段或参数：nope/);
    expect(unknown.body.error.details.en).toMatch(/Invalid key nope/);
    expect((await api('GET', '/api/members?pagination[page]=2&pagination[pageSize]=10&sort=name:desc')).status).toBe(200);
  });
});
