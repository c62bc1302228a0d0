import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::grid-staff.grid-staff');
