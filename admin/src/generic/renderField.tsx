// A schema field → the react-admin field that displays it. One switch over Strapi's attribute
// types; to-many relations are not in records and are shown from the other side (see GenericShow).
import type { ReactElement } from 'react';
import { BooleanField, EmailField, NumberField, ReferenceField, SelectField, TextField, type TranslateFunction } from 'react-admin';
import { LocalDateField } from '../common/LocalDateField';
import { CodeField } from '../common/CodeField';
import { CheckChip } from '../check/CheckChip';
import { CheckFindings } from '../check/CheckFindings';
import { isToOne, type SchemaField } from '../schema/types';
import { translatedChoices } from '../common/enumChoices';
import { KNOWN_VALUES } from './fieldHints';
import { JsonField } from './JsonField';

export interface RenderOptions {
  resource: string;
  label: string;
  translate: TranslateFunction;
  /** list cells stay short; show pages give the full value */
  compact: boolean;
  /** whether the caller may read a resource: references to others show the bare id */
  canRead: (resource: string) => boolean;
}

export function choicesOf(resource: string, field: SchemaField, translate: TranslateFunction) {
  const values = field.enum ?? KNOWN_VALUES[`${resource}.${field.name}`];
  return values ? translatedChoices(translate, resource, field.name, values) : undefined;
}

export function renderField(field: SchemaField, { resource, label, translate, compact, canRead }: RenderOptions): ReactElement | null {
  const source = field.name;
  // The server's computed checks look the same on every type that has one.
  if (source === 'check' && field.type === 'json') {
    return compact ? <CheckChip label={label} /> : <CheckFindings label={label} />;
  }
  const choices = choicesOf(resource, field, translate);
  if (choices) return <SelectField source={source} label={label} choices={choices} translateChoice={false} />;

  switch (field.type) {
    case 'integer':
    case 'biginteger':
    case 'decimal':
    case 'float':
      return <NumberField source={source} label={label} />;
    case 'boolean':
      return <BooleanField source={source} label={label} />;
    case 'date':
      return <LocalDateField source={source} label={label} />;
    case 'datetime':
    case 'timestamp':
      return <LocalDateField source={source} label={label} showTime />;
    case 'email':
      return <EmailField source={source} label={label} />;
    case 'json':
      return <JsonField source={source} label={label} compact={compact} />;
    case 'string':
      return field.machine ? <CodeField source={source} label={label} /> : <TextField source={source} label={label} />;
    case 'relation':
      if (!isToOne(field) || !field.target) return null;
      if (!canRead(field.target)) return <TextField source={source} label={label} />;
      return <ReferenceField source={source} label={label} reference={field.target} link="show" />;
    default:
      return <TextField source={source} label={label} />;
  }
}
