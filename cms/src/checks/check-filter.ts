// Lists of townships, party organisations and grids filter by their computed check: `check` is
// "error" (at least one error), "warning" (warnings only) or "ok" (no findings), and `finding` is one
// finding's code. The check is computed on read (computed-checks.ts), not stored, so the matching ids
// are found by reading the caller's rows that match the rest of the filter, with their checks, and the
// list is then narrowed to those ids. Dashboards link their findings charts to these filters.
import type { Core } from '@strapi/strapi';
import { badRequest } from '../bridge/http-error';
import { parseFilter } from '../bridge/query';
import type { Model } from '../bridge/model';
import type { CheckResult } from '../domain/check-result';

export const CHECKED_TYPES = new Set(['api::township.township', 'api::party-organisation.party-organisation', 'api::grid.grid']);
export const CHECK_STATUSES = ['error', 'warning', 'ok'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export function statusOf(check: CheckResult | null | undefined): CheckStatus {
  const findings = check?.findings ?? [];
  if (findings.some((f) => f.severity === 'error')) return 'error';
  return findings.length ? 'warning' : 'ok';
}

function parseObject(raw: unknown): Record<string, unknown> | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string') throw badRequest('参数 filter 应为 JSON 字符串', { param: 'filter' });
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    throw badRequest('参数 filter 不是有效的 JSON', { param: 'filter' });
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw badRequest('参数 filter 应为 JSON 对象', { param: 'filter' });
  return v as Record<string, unknown>;
}

/** The document-service filters of a list query, with `check`/`finding` resolved for checked types. */
export async function listFilters(strapi: Core.Strapi, model: Model, raw: unknown): Promise<Record<string, unknown>> {
  const filter = parseObject(raw);
  if (!filter || !CHECKED_TYPES.has(model.uid) || !('check' in filter || 'finding' in filter)) return parseFilter(raw, model);
  const { check, finding, ...rest } = filter;
  if (check !== undefined && !(CHECK_STATUSES as readonly unknown[]).includes(check)) {
    throw badRequest('检查结果 check 应为 error、warning 或 ok', { param: 'filter', field: 'check' });
  }
  if (finding !== undefined && (typeof finding !== 'string' || !/^[a-z0-9_]{1,60}$/.test(finding))) {
    throw badRequest('检查项 finding 应为检查代码', { param: 'filter', field: 'finding' });
  }
  const base = parseFilter(JSON.stringify(rest), model);
  const rows: Array<{ id: number; check?: CheckResult }> = await (strapi.documents(model.uid as any) as any).findMany({ filters: base, fields: ['id'] });
  const ids = rows
    .filter((r) => (check === undefined || statusOf(r.check) === check) && (finding === undefined || (r.check?.findings ?? []).some((f) => f.code === finding)))
    .map((r) => r.id);
  const narrowed = { id: { $in: ids } };
  return Object.keys(base).length ? { $and: [base, narrowed] } : narrowed;
}
