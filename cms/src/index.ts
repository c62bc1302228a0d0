import type { Core } from '@strapi/strapi';
import { inputRules } from './document-middlewares/input-rules';
import { computedChecks } from './document-middlewares/computed-checks';
import { filterShape } from './document-middlewares/filter-shape';
import { scoping } from './document-middlewares/scoping';
import { writeGuard } from './document-middlewares/write-guard';
import { ledgerRules } from './document-middlewares/ledger-rules';
import { syncRoles } from './bootstrap/roles';
import { ensureTables } from './points/tables';
import { memberFields } from './document-middlewares/member-fields';
import { settingsRules } from './document-middlewares/settings-rules';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // Order matters: malformed filters, then role and scope, then the write transaction (scope
    // before/after, version, audit) around the write rules; derived fields are filled last.
    strapi.documents.use(filterShape(strapi) as any);
    strapi.documents.use(scoping(strapi) as any);
    strapi.documents.use(writeGuard(strapi) as any);
    strapi.documents.use(inputRules(strapi) as any);
    strapi.documents.use(ledgerRules(strapi) as any);
    strapi.documents.use(computedChecks(strapi) as any);
    strapi.documents.use(memberFields(strapi) as any);
    strapi.documents.use(settingsRules(strapi) as any);
  },
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await syncRoles(strapi);
    await ensureTables(strapi.db.connection as any);
  },
};
