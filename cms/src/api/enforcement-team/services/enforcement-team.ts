import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::enforcement-team.enforcement-team');
