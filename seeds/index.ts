// Entry point for seeding: plan the county, load it, report counts and time.
import { buildPlan, type PlanOptions } from './plan';
import { loadPlan, type Log, type StrapiLike } from './load';
import { ensureDemoUsers } from './demo-users';
import { seedPoints, type PointsSeedOptions } from './points';
import { bumpAuthEpoch } from '../cms/src/shared/auth-epoch';
import { seedDecisions, type DecisionSeedOptions } from './decisions';
import { seedMeetings, type MeetingsSeedOptions } from './meetings/load';
import { seedPublishedRound } from './meetings/rounds';
import { seedCountyDepartments } from './three-ones/load-departments';
import { seedAssessmentRules } from './three-ones/load-assessment';
import { seedEvents, type EventsSeedOptions } from './three-ones/load-events';
import { seedEnforcement, type EnforcementSeedOptions } from './three-ones/load-enforcement';
import { seedServices, type ServicesSeedOptions } from './three-ones/load-services';

export interface SeedOptions extends PlanOptions {
  log?: Log;
  /** Also create the demo logins with the README's password (demo only: never in production; tests make their own). */
  demoLogins?: boolean;
  points?: PointsSeedOptions;
  decisions?: DecisionSeedOptions;
  /** Meetings (a year for every organisation); by default the townships the points ledger covers. */
  meetings?: MeetingsSeedOptions;
  /** Grid events (a year, 20,000 over the county by default); by default the townships the points ledger covers; tests seed a few hundred. */
  events?: EventsSeedOptions;
  /** 综合执法: powers, teams and cases (a few per township unless asked; the demo seed asks for a year's worth). */
  enforcement?: EnforcementSeedOptions;
  /** Approvals: 135 items, 13 halls and a year of cases (5,077 by default; tests ask for a few hundred). */
  services?: ServicesSeedOptions;
}

/**
 * The whole organisation, but a ledger, meetings and events for 王集镇 only (and a January sample of
 * 众兴街道, so scope checks have rows outside it) and a few hundred cases: what the API tests and the
 * ops servers need (`SEED_SIZE=small`), several minutes faster than the demo on PostgreSQL.
 */
export const SMALL_SEED: SeedOptions = {
  points: { townships: ['321323102'] },
  meetings: { townships: ['321323102'], sample: ['321323001'] },
  events: { townships: ['321323102'], count: 300, sample: ['321323001'], sampleCount: 40 },
  enforcement: { casesPerTownship: 3 },
  services: { cases: 300 },
};

const added = (res: { inserted: Record<string, number> }) => Object.values(res.inserted).reduce((a, b) => a + b, 0);

export async function seedCounty(strapi: StrapiLike, asked: SeedOptions = {}) {
  // SEED_SIZE=small (ops tests, load benchmark): the organisation in full, a year of activity for one township.
  const options: SeedOptions = process.env.SEED_SIZE === 'small' ? { ...SMALL_SEED, ...asked } : asked;
  const log = options.log ?? (() => {});
  const members = options.members ?? (Number(process.env.SEED_MEMBERS) || undefined);
  const plan = buildPlan({ members });
  const res = await loadPlan(strapi, plan, log);
  res.inserted['county departments'] = await seedCountyDepartments(strapi, log);
  res.inserted['assessment rules'] = await seedAssessmentRules(strapi, log);
  const points = await seedPoints(strapi, options.points, log);
  res.inserted['points entries'] = points.entries;
  res.ms += points.ms;
  const decisions = await seedDecisions(strapi, options.decisions, log);
  res.inserted['decisions'] = decisions.decisions;
  res.inserted['decision steps'] = decisions.steps;
  res.ms += decisions.ms;
  const meetings = await seedMeetings(strapi, { townships: options.points?.townships, ...options.meetings }, log);
  Object.assign(res.inserted, meetings.inserted);
  res.ms += meetings.ms;
  const events = await seedEvents(strapi, { townships: options.points?.townships, ...options.events }, log);
  Object.assign(res.inserted, events.inserted);
  res.ms += events.ms;
  const enforcement = await seedEnforcement(strapi, { casesPerTownship: options.demoLogins ? 60 : 3, ...options.enforcement }, log);
  Object.assign(res.inserted, enforcement.inserted);
  res.ms += enforcement.ms;
  const services = await seedServices(strapi, options.services, log);
  Object.assign(res.inserted, services.inserted);
  res.ms += services.ms;
  if (options.demoLogins) {
    await ensureDemoUsers(strapi, log);
    // Its judges are demo logins, so the published best-theme-day round is demo only.
    await seedPublishedRound(strapi, 2026, log);
  }
  bumpAuthEpoch(); // organisations were written below the document service
  // Planner statistics for the tables just filled: without them PostgreSQL plans the first hours of
  // queries as if every table were empty (autovacuum may be off or not have run yet).
  if (added(res) && strapi.db.dialect.client === 'postgres') await strapi.db.connection.raw('ANALYZE');
  log(`seed done in ${(res.ms / 1000).toFixed(1)} s (${added(res)} rows added)`);
  return res;
}
