// 最佳主题党日 actions: the county moves a round on; judges read their sheet and submit scores.
// Rounds and nominations themselves are content types (REST and the bridge).
const route = (method: string, path: string, handler: string) => ({ method, path: `/theme-days/rounds/:id${path}`, handler: `theme-days.${handler}` });

export default {
  routes: [
    { method: 'GET', path: '/theme-days/judges', handler: 'theme-days.judges' },
    route('GET', '', 'overview'),
    route('POST', '/open', 'open'),
    route('POST', '/start-judging', 'startJudging'),
    route('POST', '/publish', 'publish'),
    route('GET', '/sheet', 'sheet'),
    route('PUT', '/scores', 'scores'),
  ],
};
