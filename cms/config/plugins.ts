import type { Core } from '@strapi/strapi';
import { secret } from '../src/secrets';
import { RedisRateLimitStore } from '../src/auth/rate-limit-store';
import { translateGraphqlError } from '../src/graphql/errors';

type Env = Core.Config.Shared.ConfigParams['env'];

/** Apollo plugin: GraphQL's own refusals in Chinese (after Strapi has formatted its errors). */
const chineseErrors = {
  async requestDidStart() {
    return {
        async willSendResponse({ response }: any) {
          const body = response?.body;
          if (body?.kind === 'single' && body.singleResult.errors) body.singleResult.errors = body.singleResult.errors.map(translateGraphqlError);
        },
      };
    },
  };

  export default ({ env }: { env: Env }) => {
    const production = process.env.NODE_ENV === 'production';
    return {
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
    graphql: {
      config: {
        endpoint: '/graphql',
        shadowCRUD: true,
        // Bounded: a query nests at most 7 levels and a page holds at most 100 rows.
        depthLimit: 7,
        defaultLimit: 25,
        maxLimit: 100,
        // No landing page and no introspection in production.
        landingPage: !production,
        apolloServer: { introspection: !production, cors: false, plugins: [chineseErrors] },
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
  };
};
