import type { Core } from '@strapi/strapi';
import { inputRules } from './document-middlewares/input-rules';
import { computedChecks } from './document-middlewares/computed-checks';
import { filterShape } from './document-middlewares/filter-shape';
import { scoping } from './document-middlewares/scoping';
import { writeGuard } from './document-middlewares/write-guard';
import { relationGuard } from './document-middlewares/relation-guard';
import { ledgerRules } from './document-middlewares/ledger-rules';
import { fileLinks } from './document-middlewares/file-links';
import { meetingWrites } from './document-middlewares/meeting-writes';
import { servicesWrites } from './document-middlewares/services-writes';
import { ensureServiceTables } from './services/tables';
import { syncRoles } from './bootstrap/roles';
import { closeAuthDoors } from './bootstrap/auth-doors';
import { ensureTables } from './points/tables';
import { ensureFileOwners } from './files/owners';
import { watchAuthChanges } from './shared/auth-epoch';
import { narrowScopedReads } from './scoping/scoped-read';
import { graphqlReports } from './graphql/reports';
import { memberFields } from './document-middlewares/member-fields';
import { settingsRules } from './document-middlewares/settings-rules';
import { assessmentRuleWrites } from './document-middlewares/assessment-rules';
import { decisionWrites } from './document-middlewares/decision-writes';
import { decisionChecks } from './document-middlewares/decision-checks';
import { ensureDecisionIndexes } from './decisions/indexes';
import { ensureDigestKey } from './digests/key-file';
import { startDigestSchedule, stopDigestSchedule } from './digests/schedule';
import { ensureListIndexes } from './export/indexes';
import { ensurePrintTable } from './prints/records';
import { ensureMeetingTables } from './meetings/tables';
import { ensureEventTables } from './events/tables';
// Registers the meetings' 待办 (due soon, missed, held but not finalised) with the dashboard.
import './meetings/todos';
// 综合执法: write rules (steps in order, derived mode, fine band, kept staffing check) and 待办.
import { enforcementWrites } from './document-middlewares/enforcement-writes';
import './enforcement/todos';
// Approvals' 待办 (open cases past or at their due day).
import './services/todos';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.plugin('graphql')?.service('extension').use(graphqlReports(strapi));
    // Order matters: malformed filters, then role and scope (rows, relations), then the write
    // transaction (scope before/after, version, audit) around the relation checks and the write
    // rules; derived fields are filled last, and files get signed links.
    strapi.documents.use(filterShape(strapi) as any);
    strapi.documents.use(scoping(strapi) as any);
    strapi.documents.use(writeGuard(strapi) as any);
    strapi.documents.use(relationGuard(strapi) as any);
    strapi.documents.use(inputRules(strapi) as any);
    strapi.documents.use(ledgerRules(strapi) as any);
    strapi.documents.use(decisionWrites(strapi) as any);
    strapi.documents.use(decisionChecks(strapi) as any);
    strapi.documents.use(meetingWrites(strapi) as any);
    strapi.documents.use(enforcementWrites(strapi) as any);
    strapi.documents.use(servicesWrites(strapi) as any);
    strapi.documents.use(computedChecks(strapi) as any);
    strapi.documents.use(memberFields(strapi) as any);
    strapi.documents.use(settingsRules(strapi) as any);
    strapi.documents.use(assessmentRuleWrites(strapi) as any);
    strapi.documents.use(fileLinks(strapi) as any);
  },
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // Each step is timed: a restart should serve within seconds, and BOOT_TIMING=1 says where it goes.
    const step = async (name: string, fn: () => unknown) => {
      const t0 = performance.now();
      await fn();
      if (process.env.BOOT_TIMING) strapi.log.info(`bootstrap ${name}: ${(performance.now() - t0).toFixed(0)} ms`);
    };
    const knex = strapi.db.connection as any;
    watchAuthChanges(strapi);
    narrowScopedReads(strapi);
    await step('roles', () => syncRoles(strapi));
    await step('auth doors', () => closeAuthDoors(strapi));
    await step('tables', () => ensureTables(knex));
    await step('file owners', () => ensureFileOwners(knex));
    await step('decision indexes', () => ensureDecisionIndexes(strapi, knex));
    await step('list indexes', () => ensureListIndexes(strapi, knex));
    await step('print table', () => ensurePrintTable(knex));
    await step('meeting tables', () => ensureMeetingTables(knex));
    await step('event tables', () => ensureEventTables(knex));
    await step('service tables', () => ensureServiceTables(knex));
    ensureDigestKey((line) => strapi.log.info(line));
    startDigestSchedule(strapi);
  },
  destroy() {
    stopDigestSchedule();
  },
};
