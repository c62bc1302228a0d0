import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::grid-visit.grid-visit');
