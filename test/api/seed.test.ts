// `npm run seed` is idempotent: a second run adds nothing and the counts stay put.
import { describe, expect, it } from 'vitest';
import { testServer, total } from './server';
import { seedCounty } from '../../seeds';

describe('seed', () => {
  it('adds nothing when run again', async () => {
    const { strapi } = await testServer();
    const before = [await total('townships'), await total('grids'), await total('members'), await total('grid-staffs'), await total('offices')];
    const again = await seedCounty(strapi, { points: { townships: ['321323102'] } });
    expect(Object.values(again.inserted).every((n) => n === 0), JSON.stringify(again.inserted)).toBe(true);
    expect([await total('townships'), await total('grids'), await total('members'), await total('grid-staffs'), await total('offices')]).toEqual(before);
  }, 180_000); // the first file of a worker boots and seeds the county inside this test
});
