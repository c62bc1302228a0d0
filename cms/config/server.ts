import type { Core } from '@strapi/strapi';

type Env = Core.Config.Shared.ConfigParams['env'];

// Secrets default to fixed local values so `npm start` needs no .env; production must set APP_KEYS.
export default ({ env }: { env: Env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  app: {
    keys: env.array('APP_KEYS', ['localKeyA-siyang', 'localKeyB-siyang']),
  },
  url: env('PUBLIC_URL', ''),
  logger: { startup: { enabled: env.bool('STRAPI_STARTUP_BANNER', true) } },
});
