import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::chain-digest.chain-digest');
