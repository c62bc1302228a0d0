import { Create, SimpleForm, useNotify } from 'react-admin';
import { uploadErrorMessage } from '../points-entries/uploadEvidence';
import { MeetingFormFields, toMeetingData } from './MeetingForm';
import { uploadedId } from './uploads';

export const MeetingCreate = () => {
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
    <Create redirect={(_resource?: string, id?: unknown) => `meeting-attendance/${id}`} transform={transform}>
      <SimpleForm sx={{ maxWidth: 760 }}>
        <MeetingFormFields />
      </SimpleForm>
    </Create>
  );
};
