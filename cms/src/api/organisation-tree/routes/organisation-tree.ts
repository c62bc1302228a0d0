// The party organisation tree one level at a time, with totals that include everything below.
export default {
  routes: [{ method: 'GET', path: '/organisation-tree', handler: 'organisation-tree.children' }],
};
