// Who did something, by name: the people behind the user ids records keep (who proposed and
// approved an entry, who made an audited change).
export default {
  routes: [{ method: 'GET', path: '/people/names', handler: 'people.names' }],
};
