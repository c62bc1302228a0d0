// Spreadsheet imports (cms/src/imports): a template, a check that writes nothing, and the import itself.
const route = (method: string, path: string, handler: string) => ({ method, path: `/imports/:kind${path}`, handler: `imports.${handler}` });

export default {
  routes: [
    route('GET', '/template', 'template'),
    route('POST', '/check', 'check'),
    route('POST', '/commit', 'commit'),
  ],
};
