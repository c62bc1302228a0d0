import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::assessment-rule.assessment-rule');
