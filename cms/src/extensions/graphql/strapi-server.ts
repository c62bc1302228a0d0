// GraphQL under the same scope as every other API: the shadow CRUD reads and writes go through the
// document service (scoped there); relation fields, which GraphQL loads itself, are checked in
// graphql/relation-scope.ts; errors are answered in Chinese.
import { scopeAssociation } from '../../graphql/relation-scope';

export default (plugin: any) => {
  const builders = plugin.services.builders;
  plugin.services.builders = (deps: { strapi: any }) => {
    const service = builders(deps);
    const create = service.new;
    service.new = (name: string, registry: unknown) => {
      const built = create.call(service, name, registry);
      const association = built.buildAssociationResolver;
      built.buildAssociationResolver = (opts: { contentTypeUID: string; attributeName: string }) => scopeAssociation(deps.strapi, opts, association.call(built, opts));
      return built;
    };
    return service;
  };
  return plugin;
};
