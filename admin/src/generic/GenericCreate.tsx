import { cloneElement } from 'react';
import { Create, SimpleForm, useTranslate } from 'react-admin';
import type { SchemaResource } from '../schema/types';
import { parseJsonFields } from './JsonInput';
import { renderInput } from './renderInput';
import { useFieldLabel } from './useFieldLabel';
import { useCanRead } from '../schema/useSchema';

export const GenericCreate = ({ schema }: { schema: SchemaResource }) => {
  const translate = useTranslate();
  const labelOf = useFieldLabel();
  const canRead = useCanRead();
  const resource = schema.name;
  const jsonFields = schema.fields.filter((f) => f.type === 'json').map((f) => f.name);
  return (
    <Create resource={resource} redirect="show" transform={parseJsonFields(jsonFields)}>
      <SimpleForm sanitizeEmptyValues sx={{ maxWidth: 720 }}>
        {schema.fields.map((f) => {
          const input = renderInput(f, { resource, label: labelOf(resource, f.name), translate, canRead });
          return input && cloneElement(input, { key: f.name });
        })}
      </SimpleForm>
    </Create>
  );
};
