// Every field of a record, and for each to-many relation the related records read from the other
// side (e.g. a township's offices are the offices whose `township` is this one).
import { cloneElement } from 'react';
import { EditButton, ReferenceManyField, Show, SimpleShowLayout, SingleFieldList, TopToolbar, useTranslate } from 'react-admin';
import type { SchemaResource } from '../schema/types';
import { LocalDateField } from '../common/LocalDateField';
import { renderField } from './renderField';
import { useFieldLabel } from './useFieldLabel';
import { useCanRead } from '../schema/useSchema';

export const GenericShow = ({ schema }: { schema: SchemaResource }) => {
  const translate = useTranslate();
  const labelOf = useFieldLabel();
  const canRead = useCanRead();
  const resource = schema.name;
  return (
    <Show resource={resource} actions={schema.permissions.edit ? <TopToolbar><EditButton /></TopToolbar> : false}>
      <SimpleShowLayout>
        {schema.fields.map((f) => {
          const label = labelOf(resource, f.name);
          if (f.type === 'relation' && f.relation === 'oneToMany' && f.mappedBy && f.target) {
            if (!canRead(f.target)) return null;
            return (
              <ReferenceManyField key={f.name} label={label} reference={f.target} target={f.mappedBy} perPage={50}>
                <SingleFieldList linkType="show" />
              </ReferenceManyField>
            );
          }
          const field = renderField(f, { resource, label, translate, compact: false, canRead });
          return field && cloneElement(field, { key: f.name });
        })}
        <LocalDateField source="updatedAt" label={labelOf(resource, 'updatedAt')} showTime />
      </SimpleShowLayout>
    </Show>
  );
};
