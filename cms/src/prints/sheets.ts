// The three printed 台账, built from the records through the document service: a branch's member
// roster, a member's approved points for a year, a township's organisations and grids. They are built
// with every record of their subject, once the caller may read the subject (prints/records.ts), so a
// printout and its later verification do not depend on who looks. Labels are the panel's (cms/src/labels).
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { enumLabel, fieldLabel } from '../labels/labels';
import { tenthsText, type PrintSheet } from '../domain/prints/sheet';

type Row = Record<string, any>;
const MEMBER = 'api::member.member';
const ORG = 'api::party-organisation.party-organisation';
const GRID = 'api::grid.grid';
const TOWNSHIP = 'api::township.township';
const ENTRY = 'api::points-entry.points-entry';

const docs = (strapi: Core.Strapi, uid: string) => strapi.documents(uid as any) as any;
const m = (field: string) => fieldLabel('members', field);
const e = (resource: string, field: string, value: unknown) => (value == null || value === '' ? '' : enumLabel(resource, field, String(value)));
const text = (v: unknown) => (v == null ? '' : String(v));

async function one(strapi: Core.Strapi, uid: string, documentId: string, what: string, extra: Row = {}): Promise<Row> {
  const row = typeof documentId === 'string' && documentId ? await docs(strapi, uid).findOne({ documentId, ...extra }) : null;
  if (!row) throw new errors.NotFoundError(`${what}不存在或不在您的管理范围内`);
  return row;
}

export async function rosterSheet(strapi: Core.Strapi, orgId: string): Promise<PrintSheet> {
  const org = await one(strapi, ORG, orgId, '党组织', { populate: { township: { fields: ['name'] } } });
  const members: Row[] = await docs(strapi, MEMBER).findMany({
    filters: { partyOrganisation: { documentId: orgId } },
    sort: [{ code: 'asc' }, { id: 'asc' }],
    fields: ['code', 'name', 'gender', 'birthDate', 'joinedDate', 'status', 'fullMemberDate', 'education', 'jobTitle', 'phone'],
    populate: { partyGroup: { fields: ['name'] } },
  });
  const full = members.filter((x) => x.status === 'full').length;
  return {
    kind: 'roster',
    title: `${org.name}党员花名册`,
    unit: [org.township?.name, org.name].filter(Boolean).join(' · '),
    tables: [{
      heading: '党员名单',
      columns: ['序号', m('code'), m('name'), m('gender'), m('birthDate'), m('joinedDate'), m('status'), m('fullMemberDate'), m('partyGroup'), m('education'), m('jobTitle'), m('phone')],
      rows: members.map((x, i) => [String(i + 1), text(x.code), text(x.name), e('members', 'gender', x.gender), text(x.birthDate), text(x.joinedDate), e('members', 'status', x.status), text(x.fullMemberDate), text(x.partyGroup?.name), e('members', 'education', x.education), text(x.jobTitle), text(x.phone)]),
      note: `共 ${members.length} 名：正式党员 ${full} 名，预备党员 ${members.length - full} 名`,
    }],
  };
}

export async function ledgerSheet(strapi: Core.Strapi, memberId: string, year: number): Promise<PrintSheet> {
  const member = await one(strapi, MEMBER, memberId, '党员', { populate: { partyOrganisation: { fields: ['name'] }, township: { fields: ['name'] } } });
  const entries: Row[] = await docs(strapi, ENTRY).findMany({
    filters: { member: { documentId: memberId }, status: 'approved', occurredOn: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } },
    sort: [{ occurredOn: 'asc' }, { seq: 'asc' }, { id: 'asc' }],
    fields: ['occurredOn', 'pointsTenths', 'reason', 'approverName', 'seq'],
    populate: { rule: { fields: ['name', 'category'] } },
  });
  const p = (field: string) => fieldLabel('points-entries', field);
  const total = entries.reduce((a, x) => a + Number(x.pointsTenths ?? 0), 0);
  return {
    kind: 'ledger',
    title: `${member.name}（${member.code ?? ''}）${year} 年度积分台账`,
    unit: [member.township?.name, member.partyOrganisation?.name].filter(Boolean).join(' · '),
    tables: [{
      heading: '已审批的积分记录',
      columns: ['序号', p('occurredOn'), p('rule'), fieldLabel('points-rules', 'category'), `${p('pointsTenths')}（分）`, p('reason'), p('approverName'), p('seq')],
      rows: entries.map((x, i) => [String(i + 1), text(x.occurredOn), text(x.rule?.name), e('points-rules', 'category', x.rule?.category), tenthsText(Number(x.pointsTenths ?? 0)), text(x.reason), text(x.approverName), text(x.seq)]),
      note: `共 ${entries.length} 条，合计 ${tenthsText(total)} 分`,
    }],
  };
}

export async function townshipSheet(strapi: Core.Strapi, townshipId: string): Promise<PrintSheet> {
  const township = await one(strapi, TOWNSHIP, townshipId, '乡镇（街道）');
  const orgs: Row[] = await docs(strapi, ORG).findMany({
    filters: { township: { documentId: townshipId } },
    sort: [{ code: 'asc' }, { id: 'asc' }],
    fields: ['code', 'name', 'level', 'category', 'committeeSize', 'electedOn'],
    populate: { parent: { fields: ['name'] }, secretary: { fields: ['name'] } },
  });
  const grids: Row[] = await docs(strapi, GRID).findMany({
    filters: { township: { documentId: townshipId } },
    sort: [{ code: 'asc' }, { id: 'asc' }],
    fields: ['code', 'name', 'kind', 'village'],
    populate: { staff: { fields: ['name', 'role'], sort: [{ role: 'asc' }, { name: 'asc' }] } },
  });
  const o = (field: string) => fieldLabel('party-organisations', field);
  const g = (field: string) => fieldLabel('grids', field);
  const findings = (check: Row | undefined) => ((check?.findings ?? []) as Row[]).map((f) => f.message).join('；') || '符合要求';
  const staffOf = (x: Row) => ((x.staff ?? []) as Row[]).map((s) => `${e('grid-staffs', 'role', s.role)}：${s.name}`).join('；');
  return {
    kind: 'township',
    title: `${township.name}党组织和网格台账`,
    unit: township.name,
    tables: [
      { heading: '乡镇机构设置', columns: ['项目', '情况'], rows: [['结构检查', findings(township.check)]] },
      {
        heading: '党组织',
        columns: ['序号', o('code'), o('name'), o('level'), o('category'), o('parent'), o('secretary'), '正式党员', '预备党员', o('committeeSize'), o('electedOn'), o('check')],
        rows: orgs.map((x, i) => [String(i + 1), text(x.code), text(x.name), e('party-organisations', 'level', x.level), e('party-organisations', 'category', x.category), text(x.parent?.name), text(x.secretary?.name),
          text(x.check?.fullMembers ?? ''), text(x.check?.probationaryMembers ?? ''), text(x.committeeSize), text(x.electedOn), findings(x.check)]),
        note: `共 ${orgs.length} 个党组织`,
      },
      {
        heading: '网格',
        columns: ['序号', g('code'), g('name'), g('kind'), g('village'), g('staff'), g('check')],
        rows: grids.map((x, i) => [String(i + 1), text(x.code), text(x.name), e('grids', 'kind', x.kind), text(x.village), staffOf(x), findings(x.check)]),
        note: `共 ${grids.length} 个网格`,
      },
    ],
  };
}
