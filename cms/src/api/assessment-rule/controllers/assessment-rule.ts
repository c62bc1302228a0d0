import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::assessment-rule.assessment-rule');
