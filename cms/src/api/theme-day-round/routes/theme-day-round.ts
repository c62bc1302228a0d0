import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::theme-day-round.theme-day-round');
