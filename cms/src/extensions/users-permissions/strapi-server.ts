// A user is linked to what bounds its scope: a township (township role), a party organisation
// (branch role), a member record (member role) or a county department (department role). County users need no link.
import { principalOf } from '../../scoping/principal';
import { relationScopeContext } from '../../document-middlewares/scoping';
import { scopePopulate } from '../../scoping/relation-scope';
import { cacheLogins } from '../../auth/cached-login';

const USER = 'plugin::users-permissions.user';

export default (plugin: any) => {
  const attributes = plugin.contentTypes.user.schema.attributes;
  attributes.township = { type: 'relation', relation: 'manyToOne', target: 'api::township.township' };
  attributes.partyOrganisation = { type: 'relation', relation: 'manyToOne', target: 'api::party-organisation.party-organisation' };
  attributes.member = { type: 'relation', relation: 'manyToOne', target: 'api::member.member' };
  attributes.countyDepartment = { type: 'relation', relation: 'manyToOne', target: 'api::county-department.county-department' };
  attributes.fullName = { type: 'string', maxLength: 50 };

  // `/api/users/me?populate=…` reads below the document service, so its relations get the same
  // scope there: a branch secretary's own organisation, but not its siblings or their secretaries.
  const userService = plugin.services.user;
  plugin.services.user = (deps: { strapi: any }) => {
    const service = userService(deps);
    const fetch = service.fetch;
    service.fetch = async (id: unknown, params: any = {}) => {
      const p = await principalOf(deps.strapi);
      if (p.kind === 'user' && params?.populate != null) {
        params = { ...params, populate: scopePopulate(params.populate, USER, relationScopeContext(deps.strapi, p)) };
      }
      return fetch.call(service, id, params);
    };
    return service;
  };

  // Logins are checked once and then kept until something that decides them changes (auth/cached-login).
  const register = plugin.register;
  plugin.register = async (ctx: { strapi: any }) => {
    const auth = ctx.strapi.get('auth');
    const add = auth.register;
    auth.register = function (type: string, strategy: any) {
      if (type === 'content-api' && strategy?.name === 'users-permissions') cacheLogins(strategy);
      return add.call(this, type, strategy);
    };
    try {
      await register(ctx);
    } finally {
      auth.register = add;
    }
  };
  return plugin;
};
