import type { Core } from '@strapi/strapi';
import { secret } from '../src/secrets';

type Env = Core.Config.Shared.ConfigParams['env'];

// APP_KEYS, like every secret, comes from the environment or cms/.env (see src/secrets.ts).
export default ({ env }: { env: Env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  app: {
    keys: secret('APP_KEYS').split(','),
  },
  url: env('PUBLIC_URL', ''),
  logger: { startup: { enabled: env.bool('STRAPI_STARTUP_BANNER', true) } },
});
