import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::approval-case.approval-case');
