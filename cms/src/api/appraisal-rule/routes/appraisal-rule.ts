import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::appraisal-rule.appraisal-rule');
