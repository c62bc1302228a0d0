import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::points-year.points-year');
