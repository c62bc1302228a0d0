// While pending, only the reason may change (the server refuses anything else); decided entries are
// immutable, so their edit page says so instead of offering a form.
import { Edit, Labeled, ReferenceField, SimpleForm, TextInput, maxLength, required, useRecordContext, useTranslate } from 'react-admin';
import { Alert, Box } from '@mui/material';
import { EditToolbar } from '../common/EditToolbar';
import { LocalDateField } from '../common/LocalDateField';
import { useEditMutationProps } from '../conflict/useConflictHandler';
import { PointsField } from '../points/PointsField';
import type { PointsEntry } from '../types';
import { BeneficiaryField } from './BeneficiaryField';

const onlyReason = (data: Record<string, unknown>) => ({ reason: data.reason, updatedAt: data.updatedAt });

const EntryEditForm = () => {
  const record = useRecordContext<PointsEntry>();
  const translate = useTranslate();
  if (!record) return null;
  if (record.status !== 'pending') {
    return <Alert severity="info" sx={{ m: 2 }}>{translate('app.entries.immutable')}</Alert>;
  }
  return (
    <SimpleForm toolbar={<EditToolbar />} sx={{ maxWidth: 720 }}>
      <Box sx={{ display: 'flex', gap: 3, flexWrap: 'wrap', mb: 2 }}>
        <Labeled source="member" resource="points-entries"><BeneficiaryField /></Labeled>
        <Labeled><ReferenceField source="rule" reference="points-rules" link={false} /></Labeled>
        <Labeled><PointsField source="pointsTenths" signed /></Labeled>
        <Labeled><LocalDateField source="occurredOn" /></Labeled>
      </Box>
      <TextInput source="reason" multiline minRows={2} validate={[required(), maxLength(500)]} fullWidth />
    </SimpleForm>
  );
};

export const PointsEntryEdit = () => (
  <Edit redirect="show" transform={onlyReason} {...useEditMutationProps()}>
    <EntryEditForm />
  </Edit>
);
