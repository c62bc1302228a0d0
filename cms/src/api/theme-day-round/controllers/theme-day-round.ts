import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::theme-day-round.theme-day-round');
