export default [
  'strapi::logger',
  'strapi::errors',
  'global::database-health',
  'strapi::security',
  'global::private-uploads',
  'global::graphql-auth',
  {
    name: 'strapi::cors',
    config: {
      // Other sites may call the API only when listed in CORS_ORIGINS (comma-separated); by default
      // none may, and the panel, served from the same origin, needs no CORS at all.
      origin: (process.env.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
      // The bridge answers list totals in Content-Range and reads Range; edits may send If-Match.
      headers: ['Content-Type', 'Authorization', 'Origin', 'Accept', 'Range', 'If-Match'],
      expose: ['Content-Range'],
    },
  },
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
  // before ra-prefix: the bridge (/ra) has its own dialect and answers its own errors
  'global::rest-query',
  'global::ra-prefix',
  'global::auth-messages',
  'global::panel',
];
