import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::party-organisation.party-organisation');
