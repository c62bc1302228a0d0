import type { Core } from '@strapi/strapi';
import { inputRules } from './document-middlewares/input-rules';
import { computedChecks } from './document-middlewares/computed-checks';
import { filterShape } from './document-middlewares/filter-shape';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // Order matters: refuse bad input first, then compute derived fields on the way out.
    strapi.documents.use(filterShape(strapi) as any);
    strapi.documents.use(inputRules(strapi) as any);
    strapi.documents.use(computedChecks(strapi) as any);
  },
  bootstrap() {},
};
