// Uploaded files, never served statically: by id to a caller who may see the file, or through a
// signed link that a scoped read handed out.
export default {
  routes: [
    { method: 'GET', path: '/files/:id', handler: 'files.download' },
    { method: 'GET', path: '/files/:id/content', handler: 'files.content', config: { auth: false } },
  ],
};
