import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::appraisal-rule.appraisal-rule');
