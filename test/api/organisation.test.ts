// The seeded county through the REST API: counts the seed document gives, and the computed checks.
import { beforeAll, describe, expect, it } from 'vitest';
import { api, testServer, total } from './server';
import { TOWNSHIPS } from '../../seeds/townships';

beforeAll(async () => {
  await testServer();
});

describe('seeded county', () => {
  it('has the 13 township-level units with their division codes', async () => {
    const res = await api('GET', '/api/townships?pagination[pageSize]=50&sort=code');
    expect(res.status).toBe(200);
    expect(res.body.data.map((t: any) => [t.code, t.name])).toEqual(TOWNSHIPS.map((t) => [t.code, t.name]));
  });

  it('has 894 grids: 128 urban, 589 rural, 177 special', async () => {
    expect(await total('grids')).toBe(894);
    expect(await total('grids', 'filters[kind][$eq]=urban')).toBe(128);
    expect(await total('grids', 'filters[kind][$eq]=rural')).toBe(589);
    expect(await total('grids', 'filters[kind][$eq]=special')).toBe(177);
  });

  it('has about 30,000 members, all in a branch of their township', async () => {
    expect(await total('members', 'filters[code][$startsWith]=SY')).toBe(30000); // other test files may add members
    const res = await api('GET', '/api/members?pagination[pageSize]=5&populate[partyOrganisation][populate][0]=township&populate[township]=true');
    for (const m of res.body.data) {
      expect(m.partyOrganisation.level).toBe('branch');
      expect(m.township.documentId).toBe(m.partyOrganisation.township.documentId);
    }
  });

  it('has a committee per township and party groups built on grids', async () => {
    expect(await total('party-organisations', 'filters[level][$eq]=committee')).toBe(13);
    expect(await total('party-organisations', 'filters[level][$eq]=party_group')).toBe(894);
    expect(await total('party-organisations', 'filters[level][$eq]=party_group&filters[grid][id][$null]=true')).toBe(0);
  });

  it('gives 10 townships 一办七局一中心 and 3 一办六局一中心, all passing the structure check', async () => {
    const res = await api('GET', '/api/townships?pagination[pageSize]=50');
    const required = res.body.data.map((t: any) => t.check.requiredTemplate);
    expect(required.filter((c: string) => c === '1-7-1')).toHaveLength(10);
    expect(required.filter((c: string) => c === '1-6-1')).toHaveLength(3);
    for (const t of res.body.data) expect(t.check, t.name).toMatchObject({ ok: true, findings: [] });
  });

  it('staffs every grid to its standard', async () => {
    const res = await api('GET', '/api/grids?pagination[pageSize]=100&filters[kind][$in][0]=rural&filters[kind][$in][1]=urban');
    expect(res.body.data).toHaveLength(100);
    for (const g of res.body.data) expect(g.check.ok, `${g.code} ${JSON.stringify(g.check)}`).toBe(true);
  });
});

describe('computed checks follow the data', () => {
  it('flags a township whose offices do not match its template, and clears when fixed', async () => {
    const town = (await api('GET', '/api/townships?filters[code][$eq]=321323111&populate=offices')).body.data[0];
    expect(town.check.requiredTemplate).toBe('1-6-1');
    const office = town.offices.find((o: any) => o.name === '便民服务中心');
    expect((await api('DELETE', `/api/offices/${office.documentId}`)).status).toBe(204);
    const after = (await api('GET', `/api/townships/${town.documentId}`)).body.data;
    expect(after.check.ok).toBe(false);
    expect(after.check.findings.map((f: any) => f.code)).toContain('offices_missing');
    expect(after.check.findings[0].message).toContain('便民服务中心');
    const restored = await api('POST', '/api/offices', { data: { name: '便民服务中心', kind: 'centre', township: town.documentId } });
    expect(restored.status).toBe(201);
    expect((await api('GET', `/api/townships/${town.documentId}`)).body.data.check.ok).toBe(true);
  });

  it('flags a branch with fewer than 3 full members, and a committee under 7', async () => {
    const town = (await api('GET', '/api/townships?filters[code][$eq]=321323102')).body.data[0];
    const committee = (await api('GET', `/api/party-organisations?filters[level][$eq]=committee&filters[township][documentId][$eq]=${town.documentId}`)).body.data[0];
    const created = await api('POST', '/api/party-organisations', {
      data: { name: '测试新建党支部', level: 'branch', category: 'enterprise', parent: committee.documentId, township: town.documentId, committeeSize: 3 },
    });
    expect(created.status).toBe(201);
    const branch = created.body.data;
    expect(branch.check.findings.map((f: any) => f.code).sort()).toEqual(['committee_not_allowed', 'too_few_full_members']);
    expect(branch.check.termYears).toBe(3);
    for (let i = 0; i < 3; i++) {
      const m = await api('POST', '/api/members', {
        data: { name: `测试党员${i}`, gender: 'female', birthDate: '1990-01-01', joinedDate: '2015-07-01', status: 'full', partyOrganisation: branch.documentId },
      });
      expect(m.status).toBe(201);
    }
    const after = (await api('GET', `/api/party-organisations/${branch.documentId}`)).body.data;
    expect(after.check.fullMembers).toBe(3);
    expect(after.check.findings.map((f: any) => f.code)).toEqual(['committee_not_allowed']);
  });

  it('derives a new member\'s township from its branch', async () => {
    const branch = (await api('GET', '/api/party-organisations?filters[level][$eq]=branch&filters[township][code][$eq]=321323105&populate=township')).body.data[0];
    const m = await api('POST', '/api/members?populate=township', {
      data: { name: '测试党员乙', gender: 'male', birthDate: '1980-05-01', joinedDate: '2005-07-01', status: 'probationary', partyOrganisation: branch.documentId },
    });
    expect(m.status).toBe(201);
    expect(m.body.data.township.code).toBe('321323105');
  });

  it('flags a grid that lacks a role of its standard', async () => {
    const grid = (await api('GET', '/api/grids?filters[kind][$eq]=rural&populate=staff&pagination[pageSize]=1')).body.data[0];
    const police = grid.staff.find((s: any) => s.role === 'police');
    expect((await api('DELETE', `/api/grid-staffs/${police.documentId}`)).status).toBe(204);
    const after = (await api('GET', `/api/grids/${grid.documentId}`)).body.data;
    expect(after.check.ok).toBe(false);
    expect(after.check.findings).toEqual([expect.objectContaining({ code: 'role_missing', params: { role: 'police', min: 1, have: 0 } })]);
  });

  it('ignores a client-sent check', async () => {
    const grid = (await api('GET', '/api/grids?filters[kind][$eq]=special&pagination[pageSize]=1')).body.data[0];
    const res = await api('PUT', `/api/grids/${grid.documentId}`, { data: { check: { ok: false, forged: true } } });
    expect(res.status).toBe(200);
    expect(res.body.data.check.forged).toBeUndefined();
  });
});
