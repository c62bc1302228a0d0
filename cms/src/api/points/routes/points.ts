// Points actions that are more than CRUD on a content type (which the bridge and REST already serve).
const route = (method: string, path: string, handler: string) => ({ method, path: `/points${path}`, handler: `points.${handler}` });

export default {
  routes: [
    route('POST', '/decide', 'decide'),
    route('POST', '/entries/:id/reverse', 'reverse'),
    route('POST', '/bulk', 'bulk'),
    route('GET', '/me', 'me'),
    route('GET', '/leaderboard', 'leaderboard'),
    route('GET', '/branches', 'branches'),
    route('GET', '/grades', 'grades'),
    route('GET', '/verify', 'verify'),
    route('GET', '/schemes', 'schemes'),
    route('POST', '/schemes/:code/load', 'loadScheme'),
    route('POST', '/years/:year/close', 'closeYear'),
    route('POST', '/years/:year/reopen', 'reopenYear'),
    route('GET', '/years/:year/ranking', 'yearRanking'),
  ],
};
