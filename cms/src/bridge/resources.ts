// Resource names (a content type's plural name) ↔ content types, for every api:: type.
import type { Core } from '@strapi/strapi';
import { BridgeError } from './http-error';
import type { Model } from './model';

export function models(strapi: Core.Strapi): Model[] {
  return Object.values(strapi.contentTypes as Record<string, any>)
    .filter((ct) => ct.uid.startsWith('api::'))
    .map((ct) => ({
      uid: ct.uid,
      pluralName: ct.info.pluralName,
      displayName: ct.info.displayName,
      description: ct.info.description,
      attributes: ct.attributes,
      search: ct.pluginOptions?.bridge?.search,
    }));
}

export function modelOf(strapi: Core.Strapi, resource: string): Model {
  const model = models(strapi).find((m) => m.pluralName === resource);
  if (!model) throw new BridgeError(404, `未知资源：${resource}`, { resource });
  return model;
}

export function pluralOf(strapi: Core.Strapi, uid: string): string | undefined {
  return (strapi.contentTypes as Record<string, any>)[uid]?.info?.pluralName;
}
