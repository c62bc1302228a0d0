import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::penalty-power.penalty-power');
