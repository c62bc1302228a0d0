// Decision actions beyond CRUD: the live check the panel calls as the secretary types, and 定稿.
const route = (method: string, path: string, handler: string) => ({ method, path: `/decisions${path}`, handler: `decisions.${handler}` });

export default {
  routes: [
    route('POST', '/check', 'check'),
    route('POST', '/:id/finalise', 'finalise'),
  ],
};
