import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::approval-case.approval-case');
