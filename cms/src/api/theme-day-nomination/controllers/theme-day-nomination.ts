import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::theme-day-nomination.theme-day-nomination');
