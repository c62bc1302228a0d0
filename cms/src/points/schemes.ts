// Published points schemes (config/points-schemes.json). Loading one activates its rules (creating
// those not yet there) and deactivates every other scheme's rules; values a county user edited stay.
import fs from 'fs';
import type { Core } from '@strapi/strapi';
import { asOperation } from '../audit/operation';
import { errors } from '@strapi/utils';
import { configPath } from '../scoping/roles';

const RULE = 'api::points-rule.points-rule';

export interface SchemeRule {
  code: string;
  name: string;
  category: string;
  pointsTenths: number;
  [k: string]: unknown;
}

export interface Scheme {
  code: string;
  name: string;
  description: string;
  rules: SchemeRule[];
}

export interface SchemesFile {
  default: string;
  schemes: Scheme[];
  appraisal: Array<{ code: string; name: string; kind: string; parameters: unknown }>;
}

export function schemesFile(): SchemesFile {
  return JSON.parse(fs.readFileSync(configPath('points-schemes.json'), 'utf8'));
}

export async function listSchemes(strapi: Core.Strapi) {
  const active = await strapi.db.query(RULE).findMany({ where: { active: true }, select: ['scheme'] });
  const activeSchemes = new Set(active.map((r: any) => r.scheme));
  return schemesFile().schemes.map((s) => ({ code: s.code, name: s.name, description: s.description, rules: s.rules.length, active: activeSchemes.has(s.code) }));
}

/** Runs through the document service, so each rule change is scoped and audited like any edit. */
export async function loadScheme(strapi: Core.Strapi, code: string) {
  const scheme = schemesFile().schemes.find((s) => s.code === code);
  if (!scheme) throw new errors.NotFoundError(`没有名为 ${code} 的积分方案`);
  const docs = strapi.documents(RULE as any) as any;
  return asOperation('load_scheme', () => strapi.db.transaction(async () => {
    let created = 0;
    let activated = 0;
    let deactivated = 0;
    for (const rule of scheme.rules) {
      const existing = await strapi.db.query(RULE).findOne({ where: { code: rule.code } });
      if (!existing) {
        await docs.create({ data: { ...rule, scheme: scheme.code, active: true } });
        created++;
      } else if (!existing.active) {
        await docs.update({ documentId: existing.documentId, data: { active: true } });
        activated++;
      }
    }
    const others = await strapi.db.query(RULE).findMany({ where: { active: true, scheme: { $ne: scheme.code } }, select: ['documentId'] });
    for (const r of others) {
      await docs.update({ documentId: r.documentId, data: { active: false } });
      deactivated++;
    }
    return { scheme: scheme.code, name: scheme.name, created, activated, deactivated };
  }));
}
