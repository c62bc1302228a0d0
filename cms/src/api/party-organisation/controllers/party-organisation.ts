import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::party-organisation.party-organisation');
