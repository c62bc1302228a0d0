import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::county-department.county-department');
