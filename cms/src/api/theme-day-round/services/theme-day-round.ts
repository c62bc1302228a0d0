import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::theme-day-round.theme-day-round');
