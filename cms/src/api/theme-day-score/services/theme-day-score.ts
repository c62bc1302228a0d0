import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::theme-day-score.theme-day-score');
