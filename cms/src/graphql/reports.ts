// Reporting questions over GraphQL, answered by the same code as REST (points/queries.ts and the
// meeting reports): no second implementation of any number. Each asks for the same right as its REST
// action.
import type { Core } from '@strapi/strapi';
import { principalOf } from '../scoping/principal';
import type { UserPrincipal } from '../points/ledger';
import { branchesOf, forbid, gradesOf, leaderboardOf, memberPoints } from '../points/queries';
import { complianceFor, summaryFor } from '../meetings/report-queries';

const MAX_PAGE = 100;

const page = (args: { start?: number; limit?: number }) => ({
  start: Math.max(0, Number(args.start ?? 0) || 0),
  limit: Math.min(MAX_PAGE, Math.max(1, Number(args.limit ?? 25) || 25)),
});

export function graphqlReports(strapi: Core.Strapi) {
  const caller = async (): Promise<UserPrincipal> => {
    const p = await principalOf(strapi);
    if (p.kind === 'admin' || (p.kind === 'user' && !p.role)) forbid();
    return p as UserPrincipal;
  };
  return () => ({
    typeDefs: `
      type PointsPage { total: Int!, rows: [JSON]! }
      extend type Query {
        "我的积分 / a member's points (member: a member's documentId, for staff)"
        memberPoints(member: ID, year: Int): JSON
        "积分排行 / members ranked by points (one branch, one township, or the county)"
        pointsLeaderboard(branch: ID, township: ID, year: Int, start: Int, limit: Int): PointsPage
        "支部积分与星级 / branches with points and stars"
        branchStars(township: ID, year: Int, start: Int, limit: Int): PointsPage
        "年度评定建议 / grade suggestions for a branch"
        gradeSuggestions(branch: ID!, year: Int): JSON
        "组织生活考核 / organisations × months of a year with every meeting kind due (as GET /api/meeting-reports/compliance)"
        meetingCompliance(year: Int, township: ID, organisation: ID, level: String, category: String, kind: String, q: String, start: Int, limit: Int): JSON
        "组织生活汇总 / townships × months as counts per status (as GET /api/meeting-reports/summary)"
        meetingSummary(year: Int): JSON
      }
    `,
    resolvers: {
      Query: {
        memberPoints: async (_: unknown, args: any) => memberPoints(strapi, await caller(), args),
        pointsLeaderboard: async (_: unknown, args: any) => leaderboardOf(strapi, await caller(), args, page(args)),
        branchStars: async (_: unknown, args: any) => branchesOf(strapi, await caller(), args, page(args)),
        gradeSuggestions: async (_: unknown, args: any) => gradesOf(strapi, await caller(), args),
        meetingCompliance: async (_: unknown, args: any) => complianceFor(strapi, await caller(), args, page(args)),
        meetingSummary: async (_: unknown, args: any) => summaryFor(strapi, await caller(), args),
      },
    },
    resolversConfig: {
      'Query.memberPoints': { auth: { scope: ['api::points.points.me'] } },
      'Query.pointsLeaderboard': { auth: { scope: ['api::points.points.leaderboard'] } },
      'Query.branchStars': { auth: { scope: ['api::points.points.branches'] } },
      'Query.gradeSuggestions': { auth: { scope: ['api::points.points.grades'] } },
      'Query.meetingCompliance': { auth: { scope: ['api::meetings.meetings.compliance'] } },
      'Query.meetingSummary': { auth: { scope: ['api::meetings.meetings.summary'] } },
    },
  });
}
