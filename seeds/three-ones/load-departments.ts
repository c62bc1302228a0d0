// Writes the county departments (seeds/three-ones/departments.ts) that are not yet recorded, by code;
// running it twice adds nothing.
import { documentId } from '../../cms/src/db/document-id';
import { COUNTY_DEPARTMENTS } from './departments';

const DEPARTMENT = 'api::county-department.county-department';

export async function seedCountyDepartments(strapi: any, log: (l: string) => void = () => {}): Promise<number> {
  const have = new Set((await strapi.db.query(DEPARTMENT).findMany({ select: ['code'] })).map((r: { code: string }) => r.code));
  const now = new Date();
  const fresh = COUNTY_DEPARTMENTS.filter((d) => !have.has(d.code))
    .map((d) => ({ code: d.code, name: d.name, shortName: d.shortName, active: true, documentId: documentId(), createdAt: now, updatedAt: now, publishedAt: now }));
  if (fresh.length) await strapi.db.query(DEPARTMENT).createMany({ data: fresh });
  log(`  county departments: ${fresh.length} added`);
  return fresh.length;
}
