// Event actions beyond reading the content types (which are read-only through REST and the bridge:
// every write goes through these, so the kept totals and the audit never miss one). Reports sit
// under /event-reports so they never collide with /events/:id.
const route = (method: string, path: string, handler: string) => ({ method, path, handler: `events.${handler}` });

export default {
  routes: [
    route('POST', '/events/report', 'report'),
    route('POST', '/events/:id/dispatch', 'dispatch'),
    route('POST', '/events/:id/escalate', 'escalate'),
    route('POST', '/events/:id/county-assign', 'countyAssign'),
    route('POST', '/events/:id/finish', 'finish'),
    route('POST', '/events/:id/return', 'giveBack'),
    route('POST', '/events/:id/close', 'close'),
    route('GET', '/event-reports/board', 'board'),
    route('GET', '/event-reports/assessment', 'assessment'),
    route('GET', '/event-reports/visits', 'visits'),
  ],
};
