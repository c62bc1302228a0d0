// Approval case steps beyond receipt (which is creating the case through /api or /ra), and the
// monthly assessment. Under /services so they never collide with /approval-cases/:id.
const route = (method: string, path: string, handler: string) => ({ method, path, handler: `services.${handler}` });

export default {
  routes: [
    route('POST', '/services/cases/:id/finish', 'finish'),
    route('POST', '/services/cases/:id/return', 'returnCase'),
    route('POST', '/services/cases/:id/rate', 'rate'),
    route('GET', '/services/assessment', 'assessment'),
  ],
};
