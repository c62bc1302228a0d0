import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::penalty-power.penalty-power');
