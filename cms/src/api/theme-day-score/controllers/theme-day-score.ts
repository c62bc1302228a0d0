import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::theme-day-score.theme-day-score');
