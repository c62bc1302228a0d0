// A schema field → the input that edits it. Read-only fields (ids, timestamps, computed checks) get
// no input: the server ignores them anyway. To-many relations are edited from the other side.
import type { ReactElement } from 'react';
import {
  AutocompleteInput, BooleanInput, DateInput, DateTimeInput, NumberInput, ReferenceInput, SelectInput,
  TextInput, maxLength, number, required, type TranslateFunction, type Validator,
} from 'react-admin';
import { isToOne, type SchemaField } from '../schema/types';
import { choicesOf } from './renderField';
import { JsonInput } from './JsonInput';

interface Options {
  resource: string;
  label: string;
  translate: TranslateFunction;
  canRead: (resource: string) => boolean;
}

export const isEditable = (f: SchemaField) => !f.readOnly && (f.type !== 'relation' || isToOne(f));

export function renderInput(field: SchemaField, { resource, label, translate, canRead }: Options): ReactElement | null {
  if (!isEditable(field)) return null;
  const source = field.name;
  const validate: Validator[] = field.required ? [required()] : [];

  if (field.type === 'json') return <JsonInput source={source} label={label} validate={validate} />;

  const choices = choicesOf(resource, field, translate);
  if (choices) return <SelectInput source={source} label={label} choices={choices} translateChoice={false} validate={validate} />;

  switch (field.type) {
    case 'integer':
    case 'biginteger':
      return <NumberInput source={source} label={label} step={1} validate={[...validate, number()]} />;
    case 'decimal':
    case 'float':
      return <NumberInput source={source} label={label} validate={[...validate, number()]} />;
    case 'boolean':
      return <BooleanInput source={source} label={label} validate={validate} />;
    case 'date':
      return <DateInput source={source} label={label} validate={validate} />;
    case 'datetime':
    case 'timestamp':
      return <DateTimeInput source={source} label={label} validate={validate} />;
    case 'relation':
      if (!field.target) return null;
      // Without read access to the target there is nothing to pick from; the id can still be typed.
      if (!canRead(field.target)) return <TextInput source={source} label={label} validate={validate} />;
      return (
        <ReferenceInput source={source} reference={field.target}>
          <AutocompleteInput label={label} validate={validate} />
        </ReferenceInput>
      );
    case 'text':
    case 'richtext':
      return <TextInput source={source} label={label} multiline minRows={3} validate={validate} />;
    case 'email':
      return <TextInput source={source} label={label} type="email" validate={[...validate, maxLength(255)]} />;
    default:
      return <TextInput source={source} label={label} validate={validate} />;
  }
}
