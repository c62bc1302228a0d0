import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::approval-case.approval-case');
