import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::theme-day-score.theme-day-score');
