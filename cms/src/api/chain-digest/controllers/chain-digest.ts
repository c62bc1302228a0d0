import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::chain-digest.chain-digest');
