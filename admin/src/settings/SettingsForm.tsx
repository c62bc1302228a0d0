// Edit and create forms for the county's settings: the same layout, the server's checks as the
// form's validation, saves pessimistic with the conflict notice (see conflict/).
import type { ReactNode } from 'react';
import { Create, Edit, SimpleForm } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { useEditMutationProps } from '../conflict/useConflictHandler';

type Validate = (values: Record<string, any>) => Record<string, unknown>;

export const SettingsEdit = ({ validate, children }: { validate: Validate; children: ReactNode }) => (
  <Edit redirect="show" {...useEditMutationProps()}>
    <SimpleForm toolbar={<EditToolbar />} validate={validate} sx={{ maxWidth: 900 }}>
      {children}
    </SimpleForm>
  </Edit>
);

export const SettingsCreate = ({ validate, defaultValues, children }: { validate: Validate; defaultValues: Record<string, unknown>; children: ReactNode }) => (
  <Create redirect="show">
    <SimpleForm validate={validate} defaultValues={defaultValues} sx={{ maxWidth: 900 }}>
      {children}
    </SimpleForm>
  </Create>
);
