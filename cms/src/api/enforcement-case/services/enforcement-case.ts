import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::enforcement-case.enforcement-case');
