import type { Core } from '@strapi/strapi';

type Env = Core.Config.Shared.ConfigParams['env'];

export default ({ env }: { env: Env }) => ({
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET', 'local-jwt-secret-siyang'),
      // Login attempts per IP and window; the panel shows the 429 in Chinese.
      ratelimit: { interval: { min: env.int('LOGIN_RATE_WINDOW_MIN', 5) }, max: env.int('LOGIN_RATE_MAX', 10) },
    },
  },
});
