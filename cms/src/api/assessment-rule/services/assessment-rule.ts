import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::assessment-rule.assessment-rule');
