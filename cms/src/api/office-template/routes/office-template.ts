import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::office-template.office-template');
