// A correction of a finalised meeting starts as a new draft version: the same record and
// attendance, the reason stated. It is edited like any draft and finalised like one; finalising it
// takes the old version's counts and points back and marks the old version superseded.
import type { Core } from '@strapi/strapi';
import { withKnex } from '../db/knex';
import type { Principal } from '../scoping/principal';
import { refuse, writableMeeting } from './access';
import { asServer } from './context';
import { attendanceRows, insertAttendance, MEETING, organisationFacts } from './due';

type Row = Record<string, any>;

export async function startCorrection(strapi: Core.Strapi, p: Principal, documentId: string, body: unknown) {
  const reason = (body as any)?.reason;
  if (typeof reason !== 'string' || !reason.trim()) refuse('更正须填写原因', { field: 'reason' });
  if (reason.length > 500) refuse('更正原因最多 500 字', { field: 'reason' });
  return strapi.db.transaction(async () => withKnex(strapi, async (knex) => {
    const m = await writableMeeting(strapi, p, documentId, { organisation: true, chair: true, recorder: true, photos: true, signInSheet: true });
    if (m.status === 'draft') refuse('草稿可以直接修改，无需更正', { code: 'not_finalised' });
    if (m.status === 'superseded') refuse('该版本已被更正，请在最新版本上更正', { code: 'superseded' });
    const series = m.series ?? m.documentId;
    const open = await strapi.db.query(MEETING as any).findOne({ where: { series, status: 'draft' }, select: ['documentId', 'version'] });
    if (open) refuse(`已有待定稿的更正（第 ${open.version} 版），请先完成或删除它`, { code: 'correction_open', id: open.documentId });
    const created: Row = await asServer(() => strapi.documents(MEETING as any).create({
      data: {
        organisation: m.organisation?.documentId, kind: m.kind, startsAt: m.startsAt, place: m.place, topic: m.topic,
        chair: m.chair?.documentId ?? null, recorder: m.recorder?.documentId ?? null, minutes: m.minutes,
        photos: (m.photos ?? []).map((f: Row) => f.id), signInSheet: m.signInSheet?.id ?? null,
        theme: m.theme, openToResidents: m.openToResidents, residentCount: m.residentCount, outcome: m.outcome,
        residentIssues: m.residentIssues ?? null,
        status: 'draft', version: (m.version ?? 1) + 1, series, supersedes: m.documentId, correctionReason: reason.trim(),
      } as any,
    }) as Promise<Row>);
    const org = await organisationFacts(strapi, knex, m.organisation.id);
    const rows = await attendanceRows(strapi, knex, m.id);
    await insertAttendance(strapi, knex, created.id, org!, rows.map((r) => ({ memberId: r.memberId, memberStatus: r.memberStatus, committee: r.committee, status: r.status, reason: r.reason })));
    return { id: created.documentId, version: created.version, supersedes: m.documentId, status: 'draft' };
  }));
}
