import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::theme-day-nomination.theme-day-nomination');
