// The demo's published 最佳主题党日 round for the first half year: two finalised theme days of each
// township nominated, scored by the demo county login and the 王集镇 login (never its own
// township's), ranked by the domain's rules. Demo only: its judges are the demo logins.
import { documentId } from '../../cms/src/db/document-id';
import { linkTable } from '../../cms/src/db/link-tables';
import { rankNominations } from '../../cms/src/domain/meetings';
import { loadRound, nominationsOf, ROUND, NOMINATION, SCORE } from '../../cms/src/meetings/theme-day-records';
import { rng, intBetween } from '../random';
import { DEFAULT_CRITERIA } from './load';

type Row = Record<string, any>;
const USER = 'plugin::users-permissions.user';

export async function seedPublishedRound(strapi: any, year = 2026, log: (l: string) => void = () => {}): Promise<number> {
  const name = `${year}年上半年最佳主题党日评选`;
  if (await strapi.db.query(ROUND).findOne({ where: { name } })) return 0;
  const judges: Row[] = (await Promise.all(['county', 'wangji'].map((username) => strapi.db.query(USER).findOne({ where: { username } })))).filter(Boolean);
  if (judges.length < 2) return 0;
  return strapi.db.transaction(async ({ trx: knex }: { trx: any }) => {
    const now = new Date();
    const round = await strapi.db.query(ROUND).create({ data: {
      documentId: documentId(), name, periodStart: `${year}-01-01`, periodEnd: `${year}-06-30`, criteria: DEFAULT_CRITERIA, perTownship: 2, state: 'judging',
      judges: judges.map((j) => j.id), createdAt: now, updatedAt: now, publishedAt: now,
    } });
    const mo = linkTable(strapi, 'api::meeting.meeting', 'organisation');
    const mt = linkTable(strapi, 'api::meeting.meeting', 'township');
    const picks: Row[] = await knex('meetings as m').join(`${mo.table} as o`, `o.${mo.owner}`, 'm.id').join('party_organisations as org', 'org.id', `o.${mo.target}`)
      .join(`${mt.table} as t`, `t.${mt.owner}`, 'm.id')
      .where({ 'm.kind': 'theme_day', 'm.status': 'finalised', 'org.category': 'village' }).whereBetween('m.held_on', [`${year}-01-01`, `${year}-06-30`])
      .select('m.id', `t.${mt.target} as township`, 'org.id as orgId').orderBy([{ column: 'org.code' }, { column: 'm.held_on' }]);
    const per = new Map<number, Row[]>();
    const orgs = new Set<number>();
    for (const p of picks) {
      const list = per.get(Number(p.township)) ?? [];
      if (list.length >= 2 || orgs.has(Number(p.orgId))) continue;
      list.push(p);
      orgs.add(Number(p.orgId));
      per.set(Number(p.township), list);
    }
    for (const list of per.values()) {
      for (const p of list) {
        await strapi.db.query(NOMINATION).create({ data: {
          documentId: documentId(), round: round.id, meeting: Number(p.id), township: Number(p.township), organisationRef: Number(p.orgId), note: '活动有特色、群众参与度高',
          createdAt: now, updatedAt: now, publishedAt: now,
        } });
      }
    }
    const loaded = (await loadRound(strapi, knex, { id: round.id }))!;
    const nominations = await nominationsOf(strapi, knex, round.id);
    const r = rng(year * 31 + 7);
    const scores = [];
    for (const j of loaded.judges) {
      for (const n of nominations) {
        if (j.townshipId != null && Number(j.townshipId) === Number(n.townshipId)) continue;
        for (const c of DEFAULT_CRITERIA) {
          const score = intBetween(r, 6, 10);
          scores.push({ judgeId: j.id, nominationId: n.id, criterion: c.code, score });
          await strapi.db.query(SCORE).create({ data: {
            documentId: documentId(), round: round.id, nomination: n.id, judge: j.id, judgeName: j.name, criterion: c.code, score, township: n.townshipId,
            createdAt: now, updatedAt: now, publishedAt: now,
          } });
        }
      }
    }
    const ranking = rankNominations({ ...loaded.round, state: 'judging' }, nominations, scores).map((x) => {
      const n = nominations.find((y) => y.id === x.nominationId)!;
      return { ...x, nomination: n.row.documentId, meeting: n.row.meeting?.documentId, township: n.townshipName ?? null };
    });
    await strapi.db.query(ROUND).update({ where: { id: round.id }, data: { state: 'published', ranking, resultsPublishedAt: now } });
    log(`  best theme day: ${name} published (${nominations.length} nominations)`);
    return nominations.length;
  });
}
