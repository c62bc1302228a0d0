import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::grid-visit.grid-visit');
