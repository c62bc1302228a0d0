// 党员信息 fields the schema cannot guard by itself. Reads: a caller who may not edit members (a
// member reading their own record, or anything that populates a member) gets the ID number
// masked, here below every API, so the full number never reaches them. Writes: the ID number must
// be a valid 18-digit number held by no other member, and 转正日期 cannot precede 入党日期.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { principalOf } from '../scoping/principal';
import { can } from '../scoping/roles';
import { idNumberProblem, isMasked, maskIdNumber } from '../domain/members/id-number';

const MEMBER = 'api::member.member';
const RESULTS = new Set(['findOne', 'findFirst', 'findMany', 'create', 'update', 'delete', 'clone']);

type Row = Record<string, any>;

function fail(message: string, field: string, code: string): never {
  throw new errors.ValidationError(message, { field, code });
}

export function memberFields(strapi: Core.Strapi) {
  /** Masks every member in a result, following populated relations through the schema. */
  const mask = (uid: string, value: unknown, depth = 0): void => {
    if (!value || typeof value !== 'object' || depth > 5) return;
    if (Array.isArray(value)) return value.forEach((v) => mask(uid, v, depth));
    const row = value as Row;
    if (uid === MEMBER && typeof row.idNumber === 'string') row.idNumber = maskIdNumber(row.idNumber);
    const attributes = (strapi.getModel(uid as any) as any)?.attributes ?? {};
    for (const [name, attr] of Object.entries<any>(attributes)) {
      if (attr.type === 'relation' && attr.target && row[name] && typeof row[name] === 'object') mask(attr.target, row[name], depth + 1);
    }
  };

  const mayEditMembers = async (): Promise<boolean> => {
    const p = await principalOf(strapi);
    return p.kind !== 'user' || (!!p.role && can(p.role, 'members', 'update'));
  };

  const validate = async (data: Row, documentId?: string) => {
    if ('idNumber' in data) {
      const raw = data.idNumber;
      if (raw == null || (typeof raw === 'string' && !raw.trim())) data.idNumber = null;
      else if (typeof raw !== 'string') fail('身份证号应为文本', 'idNumber', 'invalid_id_number');
      else if (isMasked(raw)) delete data.idNumber; // a masked copy sent back leaves the stored number alone
      else {
        const value = raw.trim().toUpperCase();
        const problem = idNumberProblem(value);
        if (problem) fail(problem, 'idNumber', 'invalid_id_number');
        const holder = await strapi.db.query(MEMBER).findOne({ where: { idNumber: value, ...(documentId ? { documentId: { $ne: documentId } } : {}) }, select: ['id'] });
        if (holder) fail('该身份证号已登记在其他党员名下', 'idNumber', 'duplicate_id_number');
        data.idNumber = value;
      }
    }
    if ('ethnicity' in data && data.ethnicity != null && data.ethnicity !== '') {
      if (typeof data.ethnicity !== 'string' || !/^\p{Script=Han}{1,10}族$/u.test(data.ethnicity.trim())) fail('民族应填写全称，如“汉族”“回族”', 'ethnicity', 'invalid_ethnicity');
      data.ethnicity = data.ethnicity.trim();
    }
    if ('fullMemberDate' in data || 'joinedDate' in data) {
      const stored = documentId ? await strapi.db.query(MEMBER).findOne({ where: { documentId }, select: ['joinedDate', 'fullMemberDate'] }) : null;
      const joined = 'joinedDate' in data ? data.joinedDate : stored?.joinedDate;
      const full = 'fullMemberDate' in data ? data.fullMemberDate : stored?.fullMemberDate;
      if (typeof joined === 'string' && typeof full === 'string' && full < joined) fail('转正日期不能早于入党日期', 'fullMemberDate', 'full_before_joined');
    }
  };

  return async (ctx: { uid: string; action: string; params: any }, next: () => Promise<any>) => {
    if (ctx.uid === MEMBER && (ctx.action === 'create' || ctx.action === 'update') && ctx.params?.data && typeof ctx.params.data === 'object') {
      await validate(ctx.params.data, ctx.params.documentId);
    }
    const result = await next();
    if (RESULTS.has(ctx.action) && result && ctx.uid.startsWith('api::') && !(await mayEditMembers())) mask(ctx.uid, result);
    return result;
  };
}
