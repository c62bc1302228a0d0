export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  {
    name: 'strapi::cors',
    config: {
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
  'global::ra-prefix',
  'global::auth-messages',
  'global::panel',
];
