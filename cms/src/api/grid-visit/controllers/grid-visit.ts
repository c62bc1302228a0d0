import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::grid-visit.grid-visit');
