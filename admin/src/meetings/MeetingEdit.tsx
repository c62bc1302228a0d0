// Only drafts are edited; a finalised meeting shows why not (a correction is a new version).
import { Alert } from '@mui/material';
import { Edit, SimpleForm, useEditContext, useNotify, useTranslate } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { useEditMutationProps } from '../conflict/useConflictHandler';
import { uploadErrorMessage } from '../points-entries/uploadEvidence';
import type { Meeting } from '../types';
import { MeetingFormFields, toMeetingData } from './MeetingForm';
import { uploadedId } from './uploads';

const Body = () => {
  const { record } = useEditContext<Meeting>();
  const translate = useTranslate();
  if (record && record.status !== 'draft') return <Alert severity="info" sx={{ m: 2 }}>{translate('app.meetings.immutable')}</Alert>;
  return (
    <SimpleForm toolbar={<EditToolbar />} sx={{ maxWidth: 760 }}>
      <MeetingFormFields />
    </SimpleForm>
  );
};

export const MeetingEdit = () => {
  const notify = useNotify();
  const transform = async (values: Record<string, unknown>) => {
    try {
      return await toMeetingData(values, uploadedId);
    } catch (error) {
      notify('app.meetings.upload_failed', { type: 'error', messageArgs: { message: uploadErrorMessage(error) } });
      throw error;
    }
  };
  return (
    <Edit redirect="show" transform={transform} {...useEditMutationProps()}>
      <Body />
    </Edit>
  );
};
