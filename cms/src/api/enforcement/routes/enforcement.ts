// Enforcement actions beyond CRUD: advancing a case by one step (the panel's step buttons) and the
// staffing overview of the teams. Both go through the document service, so the write rules, the
// scope and the audit apply exactly as for PUT /api/enforcement-cases/:id.
const route = (method: string, path: string, handler: string) => ({ method, path, handler: `enforcement.${handler}` });

export default {
  routes: [
    route('POST', '/enforcement-cases/:id/advance', 'advance'),
    route('GET', '/enforcement-reports/staffing', 'staffing'),
  ],
};
