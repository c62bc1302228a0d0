// The react-admin bridge, outside the /api prefix: /ra/<resource> in ra-data-simple-rest's dialect.
const route = (method: string, path: string, handler: string) => ({
  method,
  path: `/ra${path}`,
  handler: `ra.${handler}`,
  config: { prefix: '' },
});

export default {
  routes: [
    route('GET', '/_schema', 'schema'),
    route('GET', '/_me', 'me'),
    route('GET', '/:resource', 'list'),
    route('GET', '/:resource/_export', 'export'),
    route('GET', '/:resource/:id', 'one'),
    route('POST', '/:resource', 'create'),
    route('PUT', '/:resource/:id', 'update'),
    route('DELETE', '/:resource/:id', 'remove'),
  ],
};
