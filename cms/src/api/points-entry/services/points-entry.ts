import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::points-entry.points-entry');
