import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::theme-day-nomination.theme-day-nomination');
