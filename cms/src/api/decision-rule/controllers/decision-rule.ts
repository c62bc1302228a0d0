import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::decision-rule.decision-rule');
