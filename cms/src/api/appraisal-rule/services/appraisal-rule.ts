import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::appraisal-rule.appraisal-rule');
