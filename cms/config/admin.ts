import type { Core } from '@strapi/strapi';

type Env = Core.Config.Shared.ConfigParams['env'];

export default ({ env }: { env: Env }) => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET', 'local-admin-jwt-secret-siyang'),
  },
  apiToken: {
    salt: env('API_TOKEN_SALT', 'local-api-token-salt-siyang'),
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT', 'local-transfer-token-salt-siyang'),
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY', 'local-encryption-key-siyang'),
  },
  flags: {
    nps: false,
    promoteEE: false,
  },
});
