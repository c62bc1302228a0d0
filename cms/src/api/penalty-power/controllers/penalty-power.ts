import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::penalty-power.penalty-power');
