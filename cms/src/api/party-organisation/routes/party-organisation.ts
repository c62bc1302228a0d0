import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::party-organisation.party-organisation');
