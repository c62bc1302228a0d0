import type { Core } from '@strapi/strapi';
import { secret } from '../src/secrets';

type Env = Core.Config.Shared.ConfigParams['env'];

// Secrets come from the environment or cms/.env (generated on the first development start; see src/secrets.ts).
export default (_: { env: Env }) => ({
  auth: {
    secret: secret('ADMIN_JWT_SECRET'),
  },
  apiToken: {
    salt: secret('API_TOKEN_SALT'),
  },
  transfer: {
    token: {
      salt: secret('TRANSFER_TOKEN_SALT'),
    },
  },
  secrets: {
    encryptionKey: secret('ENCRYPTION_KEY'),
  },
  flags: {
    nps: false,
    promoteEE: false,
  },
});
