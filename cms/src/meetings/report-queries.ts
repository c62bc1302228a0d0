// The compliance reports as one caller asks for them (their scope, the year, the filters), shared by
// REST (/api/meeting-reports/*) and GraphQL so both give the same numbers from the same code.
import type { Core } from '@strapi/strapi';
import { withKnex } from '../db/knex';
import { chinaDay } from '../domain/meetings';
import type { Principal } from '../scoping/principal';
import { forbid, notFound, refuse, roleOf, visibleRow } from './access';
import { complianceMatrix, complianceSummary, type MatrixFilter } from './reports';
import { activeRules } from './rules';

const ORG = 'api::party-organisation.party-organisation';

export interface ComplianceArgs {
  year?: unknown;
  township?: unknown;
  organisation?: unknown;
  level?: unknown;
  category?: unknown;
  kind?: unknown;
  q?: unknown;
}

export function yearOf(q: { year?: unknown }, today: string): number {
  if (q.year == null || q.year === '') return Number(today.slice(0, 4));
  const y = Number(q.year);
  if (!Number.isInteger(y) || y < 2000 || y > 2100) refuse('年份应为 2000–2100 之间的整数', { param: 'year' });
  return y;
}

const text = (v: unknown, name: string, max = 60): string | undefined => {
  if (v == null || v === '') return undefined;
  if (typeof v !== 'string' || v.length > max) refuse(`参数 ${name} 无效`, { param: name });
  return v as string;
};

export function requireStaff(p: Principal): void {
  if (!['county', 'township', 'branch'].includes(roleOf(p) ?? '')) forbid('只有组织部、乡镇党委和支部书记可以查看会议台账');
}

/** A page of organisations × months in the caller's scope (组织生活考核). */
export async function complianceFor(strapi: Core.Strapi, p: Principal, args: ComplianceArgs, page: { start: number; limit: number }) {
  requireStaff(p);
  const today = chinaDay(new Date());
  const year = yearOf(args, today);
  const filter: MatrixFilter = {
    level: text(args.level, 'level'), category: text(args.category, 'category'), kind: text(args.kind, 'kind'), q: text(args.q, 'q'),
  };
  if (p.kind === 'user' && p.role === 'township') filter.townshipIds = p.townshipIds;
  if (p.kind === 'user' && p.role === 'branch') filter.organisationIds = p.organisationIds;
  if (args.township) {
    const t = await visibleRow(strapi, p, 'api::township.township', args.township);
    if (!t) notFound('乡镇不存在或不在您的管理范围内');
    filter.townshipIds = [t!.id];
  }
  if (args.organisation) {
    const o = await visibleRow(strapi, p, ORG, args.organisation);
    if (!o) notFound('党组织不存在或不在您的管理范围内');
    filter.organisationIds = [o!.id];
  }
  const rules = await activeRules(strapi);
  if (filter.kind && !rules.some((r) => r.kind === filter.kind)) refuse(`会议类型“${filter.kind}”不存在`, { param: 'kind' });
  return withKnex(strapi, (knex) => complianceMatrix(strapi, knex, rules, year, today, filter, page));
}

/** The county by township × month, or a township's own row, as counts per status. */
export async function summaryFor(strapi: Core.Strapi, p: Principal, args: { year?: unknown }) {
  const role = roleOf(p);
  if (role !== 'county' && role !== 'township') forbid('只有组织部和乡镇党委可以查看汇总');
  const today = chinaDay(new Date());
  const year = yearOf(args, today);
  const townships = p.kind === 'user' && p.role === 'township' ? p.townshipIds : null;
  return withKnex(strapi, async (knex) => complianceSummary(strapi, knex, await activeRules(strapi), year, today, townships));
}
