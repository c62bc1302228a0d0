// 最佳主题党日: rounds, nominations and scores as records, judged by the domain rules
// (theme-day-round, theme-day-ranking). The county opens a round and moves it on; townships
// nominate; judges score through their own sheet; publishing stores the ranking, read-only after.
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { withKnex } from '../db/knex';
import { documentId as newDocumentId } from '../db/document-id';
import { linkKey } from '../files/link-key';
import { withSignedUrls } from '../files/links';
import type { Principal } from '../scoping/principal';
import { writeAudit } from '../audit/write-audit';
import {
  checkReadyToPublish, checkRound, checkScores, mayScore, nextRoundState, rankNominations, roundAllows,
  type Judge, type RoundAction, type RoundState, type Score,
} from '../domain/meetings';
import { forbid, notFound, refuse, roleOf } from './access';
import { MEETING } from './due';
import { json, loadRound, NOMINATION, nominationsOf, ROUND, SCORE, scoresOf, townshipOfUsers, USER, type LoadedRound } from './theme-day-records';

export { ROUND, NOMINATION, SCORE, loadRound, nominatedMeeting, nominationsOf } from './theme-day-records';

type Row = Record<string, any>;

const problems = (findings: Array<{ severity: string; message: string }>, what: string, code: string) => {
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length) refuse(errors.length === 1 ? errors[0].message : `${what}（${errors.length} 处问题）：${errors.slice(0, 3).map((f) => f.message).join('；')}`, { code, findings: errors });
};

export function checkAllowed(state: RoundState, action: RoundAction) {
  const a = roundAllows(state, action);
  if (a.allowed) return;
  if (state === 'published') forbid(a.message);
  refuse(a.message!, { code: 'round_state', state });
}

const needCounty = (p: Principal) => {
  if (roleOf(p) !== 'county') forbid('只有县委组织部可以管理评选');
};

/** open / start_judging / publish: the county moves a round on. Publishing stores the ranking. */
export async function moveRound(strapi: Core.Strapi, p: Principal, documentId: string, action: 'open' | 'start_judging' | 'publish') {
  needCounty(p);
  return strapi.db.transaction(async () => withKnex(strapi, async (knex) => {
    const loaded = await loadRound(strapi, knex, { documentId });
    if (!loaded) notFound('评选不存在');
    const { row, round } = loaded!;
    checkAllowed(round.state, action);
    const data: Row = { state: nextRoundState(round.state, action) };
    if (action === 'open') problems(checkRound(round).findings, '评选设置有误，不能开放推荐', 'round_invalid');
    const nominations = await nominationsOf(strapi, knex, row.id);
    if (action === 'start_judging' && !nominations.length) refuse('本次评选还没有推荐，不能开始评审', { code: 'no_nominations' });
    if (action === 'publish') {
      const scores = await scoresOf(strapi, row.id);
      problems(checkReadyToPublish(round, nominations, scores).findings, '评审尚未完成，不能发布', 'not_ready');
      data.ranking = rankNominations(round, nominations, scores).map((r) => {
        const n = nominations.find((x) => x.id === r.nominationId)!;
        return { ...r, nomination: n.row.documentId, meeting: n.row.meeting?.documentId, township: n.townshipName ?? null };
      });
      data.resultsPublishedAt = new Date();
    }
    await strapi.db.query(ROUND as any).update({ where: { id: row.id }, data: { ...data, updatedAt: new Date() } });
    await writeAudit(strapi, p, { action: 'update', uid: ROUND, recordId: documentId, before: { state: round.state }, after: { state: data.state, ...(data.ranking ? { ranked: data.ranking.length } : {}) }, township: null });
    return { id: documentId, state: data.state, ranking: data.ranking ?? json(row.ranking) ?? null };
  }));
}

function judgeOf(p: Principal, loaded: LoadedRound): Judge {
  const userId = p.kind === 'user' ? p.userId : null;
  const judge = loaded.judges.find((j) => j.id === userId);
  if (!judge) forbid('您不是本次评选的评委');
  return judge!;
}

/** A judge's sheet: the nominations they may score (never their own township's), with their scores so far. */
export async function judgingSheet(strapi: Core.Strapi, p: Principal, documentId: string) {
  return withKnex(strapi, async (knex) => {
    const loaded = await loadRound(strapi, knex, { documentId });
    if (!loaded) notFound('评选不存在');
    const judge = judgeOf(p, loaded!);
    const nominations = await nominationsOf(strapi, knex, loaded!.row.id);
    const mine = (await scoresOf(strapi, loaded!.row.id)).filter((s) => s.judgeId === judge.id);
    const key = linkKey(strapi);
    const out = [];
    for (const n of nominations) {
      if (!mayScore(judge, n)) continue;
      // Judges read other townships' theme days here only: the facts a score needs, pictures by signed link.
      const m = await strapi.db.query(MEETING as any).findOne({ where: { id: n.meeting.id }, populate: { photos: true, organisation: true } });
      out.push({
        id: n.row.documentId, title: n.meeting.title, township: n.townshipName, note: n.row.note ?? null,
        meeting: {
          organisation: m?.organisation?.name ?? null, heldOn: n.meeting.heldOn, theme: m?.theme ?? null, topic: m?.topic ?? null, place: m?.place ?? null,
          openToResidents: !!m?.openToResidents, residentCount: m?.residentCount ?? null, outcome: m?.outcome ?? null,
          due: m?.verdict?.due ?? null, present: m?.verdict?.present ?? null, photos: (m?.photos ?? []).map((f: Row) => withSignedUrls(key, { id: f.id, name: f.name, url: f.url, mime: f.mime })),
        },
        scores: Object.fromEntries(mine.filter((s) => s.nominationId === n.id).map((s) => [s.criterion, s.score])),
      });
    }
    return { round: { id: documentId, name: loaded!.row.name, state: loaded!.round.state, criteria: loaded!.round.criteria }, judge: { name: judge.name, township: judge.townshipName ?? null }, nominations: out };
  });
}

/** PUT a judge's scores (any part of the sheet) in one request; all checked first, nothing written on a problem. */
export async function submitScores(strapi: Core.Strapi, p: Principal, documentId: string, body: unknown) {
  const input = (body as any)?.scores;
  if (!Array.isArray(input) || !input.length || input.length > 5000) refuse('请提交评分 scores（1–5000 项）', { field: 'scores' });
  return strapi.db.transaction(async () => withKnex(strapi, async (knex) => {
    const loaded = await loadRound(strapi, knex, { documentId });
    if (!loaded) notFound('评选不存在');
    const judge = judgeOf(p, loaded!);
    checkAllowed(loaded!.round.state, 'score');
    const nominations = await nominationsOf(strapi, knex, loaded!.row.id);
    const byDoc = new Map(nominations.map((n) => [n.row.documentId, n]));
    const scores: Score[] = input.map((s: any, i: number) => {
      if (!s || typeof s !== 'object' || typeof s.nomination !== 'string' || typeof s.criterion !== 'string') refuse(`第 ${i + 1} 项评分缺少推荐 nomination 或评分标准 criterion`, { field: 'scores', index: i });
      return { judgeId: judge.id, nominationId: byDoc.get(s.nomination)?.id ?? `?${s.nomination}`, criterion: s.criterion, score: s.score };
    });
    problems(checkScores(loaded!.round, nominations, scores).findings, '评分有误，未保存', 'scores_rejected');
    const existing: Row[] = await strapi.db.query(SCORE as any).findMany({ where: { round: { id: loaded!.row.id }, judge: { id: judge.id } }, populate: { nomination: { select: ['id'] } } });
    const have = new Map(existing.map((s) => [`${s.nomination?.id}|${s.criterion}`, s]));
    const now = new Date();
    let written = 0;
    for (const s of scores) {
      const n = nominations.find((x) => x.id === s.nominationId)!;
      const old = have.get(`${n.id}|${s.criterion}`);
      if (old) {
        if (old.score !== s.score) await strapi.db.query(SCORE as any).update({ where: { id: old.id }, data: { score: s.score, updatedAt: now } });
      } else {
        await strapi.db.query(SCORE as any).create({ data: {
          documentId: newDocumentId(), round: loaded!.row.id, nomination: n.id, judge: judge.id, judgeName: judge.name, criterion: s.criterion, score: s.score, township: Number(n.townshipId) > 0 ? n.townshipId : null,
          createdAt: now, updatedAt: now, publishedAt: now,
        } });
      }
      written++;
    }
    await writeAudit(strapi, p, { action: 'update', uid: SCORE, recordId: documentId, before: null, after: { judge: judge.name, scores: written }, township: null });
    return { saved: written };
  }));
}

/** Logins that may judge: county, township and branch staff, with their township. County only. */
export async function judgeCandidates(strapi: Core.Strapi, p: Principal) {
  needCounty(p);
  return withKnex(strapi, async (knex) => {
    const users: Row[] = await strapi.db.query(USER as any).findMany({ where: { role: { type: { $in: ['county', 'township', 'branch'] } }, blocked: false }, populate: { role: { select: ['type', 'name'] } }, orderBy: { username: 'asc' }, limit: 1000 });
    const towns = await townshipOfUsers(strapi, knex, users.map((u) => Number(u.id)));
    return users.map((u) => ({ id: u.documentId, username: u.username, role: u.role?.type ?? null, roleName: u.role?.name ?? null, township: towns.get(Number(u.id))?.name ?? null }));
  });
}

/**
 * A round as the panel shows it: settings, judges, the nominations the caller may see, the
 * caller's own part (judge, may nominate), scoring progress (county) and the published ranking.
 */
export async function roundOverview(strapi: Core.Strapi, p: Principal, documentId: string) {
  const role = roleOf(p);
  if (!role || role === 'member') forbid('无权查看评选');
  return withKnex(strapi, async (knex) => {
    const loaded = await loadRound(strapi, knex, { documentId });
    if (!loaded) notFound('评选不存在');
    const { row, round, judges } = loaded!;
    const all = await nominationsOf(strapi, knex, row.id);
    const userId = p.kind === 'user' ? p.userId : null;
    const me = judges.find((j) => j.id === userId) ?? null;
    const visible = role === 'county' ? all
      : role === 'township' ? all.filter((n) => p.kind === 'user' && p.townshipIds.includes(Number(n.townshipId)))
        : all.filter((n) => p.kind === 'user' && p.organisationIds.includes(Number(n.row.organisationRef)));
    const scores = role === 'county' ? await scoresOf(strapi, row.id) : [];
    const users = await strapi.db.query(USER as any).findMany({ where: { id: { $in: judges.map((j) => j.id) } }, select: ['id', 'documentId'] });
    const docOf = new Map(users.map((u: Row) => [Number(u.id), u.documentId]));
    return {
      id: row.documentId, name: row.name, state: round.state, periodStart: round.periodStart, periodEnd: round.periodEnd, perTownship: round.perTownship ?? null,
      criteria: round.criteria, updatedAt: row.updatedAt,
      judges: judges.map((j) => ({
        id: docOf.get(Number(j.id)) ?? null, name: j.name, township: j.townshipName ?? null,
        ...(role === 'county' ? { scored: new Set(scores.filter((s) => s.judgeId === j.id).map((s) => s.nominationId)).size, toScore: all.filter((n) => mayScore(j, n)).length } : {}),
      })),
      nominations: visible.map((n) => ({ id: n.row.documentId, meeting: n.row.meeting?.documentId ?? null, title: n.meeting.title, township: n.townshipName ?? null, note: n.row.note ?? null, heldOn: n.meeting.heldOn })),
      nominationCount: all.length,
      me: { judge: !!me, mayNominate: (role === 'county' || role === 'township') && roundAllows(round.state, 'nominate').allowed },
      ranking: round.state === 'published' ? json(row.ranking) : null,
      resultsPublishedAt: row.resultsPublishedAt ?? null,
    };
  });
}
