import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::county-department.county-department');
