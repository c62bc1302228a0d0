import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::enforcement-case.enforcement-case');
