import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::approval-item.approval-item');
