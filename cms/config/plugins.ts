import type { Core } from '@strapi/strapi';
import { secret } from '../src/secrets';
import { RedisRateLimitStore } from '../src/auth/rate-limit-store';

type Env = Core.Config.Shared.ConfigParams['env'];

export default ({ env }: { env: Env }) => ({
  'users-permissions': {
    config: {
      jwtSecret: secret('JWT_SECRET'),
      // Login attempts per IP and window; the panel shows the 429 in Chinese.
      // With REDIS_URL the attempts are counted in Redis, for every server process together.
      ratelimit: {
        interval: { min: env.int('LOGIN_RATE_WINDOW_MIN', 5) },
        max: env.int('LOGIN_RATE_MAX', 10),
        ...(env('REDIS_URL', '') ? { store: new RedisRateLimitStore() } : {}),
      },
      register: { allowedFields: [] },
    },
  },
  upload: {
    config: {
      // Evidence, minutes, sign-in sheets: pictures, PDF and office documents up to 20 MB. No SVG or
      // HTML (they could carry scripts), whatever the file claims to be.
      sizeLimit: env.int('UPLOAD_MAX_BYTES', 20 * 1024 * 1024),
      security: {
        allowedTypes: ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'application/pdf',
          'application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          'application/vnd.ms-excel', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        deniedTypes: ['image/svg+xml', 'text/html', 'application/xhtml+xml', 'application/javascript'],
      },
    },
  },
});
