import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::office-template.office-template');
