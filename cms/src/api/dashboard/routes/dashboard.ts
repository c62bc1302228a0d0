// The staff home page's numbers, in one request (cms/src/dashboard).
export default {
  routes: [{ method: 'GET', path: '/dashboard', handler: 'dashboard.show' }],
};
