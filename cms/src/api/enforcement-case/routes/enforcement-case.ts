import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::enforcement-case.enforcement-case');
