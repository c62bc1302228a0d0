// Meeting actions beyond CRUD on the content types (which REST and the bridge already serve), and
// the compliance and attendance reports. Reports sit under /meeting-reports so they never collide
// with /meetings/:id.
const route = (method: string, path: string, handler: string) => ({ method, path, handler: `meetings.${handler}` });

export default {
  routes: [
    route('GET', '/meetings/:id/attendance', 'attendance'),
    route('PUT', '/meetings/:id/attendance', 'saveAttendance'),
    route('POST', '/meetings/:id/finalise', 'finalise'),
    route('POST', '/meetings/:id/correct', 'correct'),
    route('GET', '/meeting-reports/compliance', 'compliance'),
    route('GET', '/meeting-reports/summary', 'summary'),
    route('GET', '/meeting-reports/mine', 'mine'),
    route('GET', '/meeting-reports/rates', 'rates'),
  ],
};
