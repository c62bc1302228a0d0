import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::grid-staff.grid-staff');
