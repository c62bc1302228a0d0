import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::points-year.points-year');
