// Printable 台账 with verification codes (cms/src/prints).
const route = (method: string, path: string, handler: string) => ({ method, path: `/prints${path}`, handler: `prints.${handler}` });

export default {
  routes: [
    route('GET', '/verify/:code', 'verify'),
    route('POST', '/:kind/:id', 'print'),
  ],
};
