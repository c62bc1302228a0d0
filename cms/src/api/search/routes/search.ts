// One search box for the whole panel: members, organisations and grids by name or code.
export default {
  routes: [{ method: 'GET', path: '/search', handler: 'search.find' }],
};
