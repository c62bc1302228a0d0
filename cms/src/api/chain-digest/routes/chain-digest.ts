import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::chain-digest.chain-digest');
