// Enumeration values as react-admin choices whose names are i18n keys
// (resources.<resource>.enums.<field>.<value>); SelectInput/SelectField translate them, and fall
// back to the raw value for values this panel has no label for.
import type { TranslateFunction } from 'react-admin';

export const enumKey = (resource: string, field: string, value: string) => `resources.${resource}.enums.${field}.${value}`;

export const enumChoices = (resource: string, field: string, values: readonly string[]) =>
  values.map((id) => ({ id, name: enumKey(resource, field, id) }));

/** Choices already translated, for places that do not translate (e.g. with a raw-value fallback). */
export const translatedChoices = (translate: TranslateFunction, resource: string, field: string, values: readonly string[]) =>
  values.map((id) => ({ id, name: translate(enumKey(resource, field, id), { _: id }) }));
