// Only the applicant's details, the window and the handler can be corrected; the steps are actions
// at the window screen, and a masked ID number sent back leaves the stored one alone.
import { Edit, SimpleForm, TextInput } from 'react-admin';

export const CaseEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <TextInput source="applicantName" fullWidth />
      <TextInput source="applicantIdNumber" fullWidth />
      <TextInput source="applicantPhone" fullWidth />
      <TextInput source="windowName" fullWidth />
      <TextInput source="handler" fullWidth />
    </SimpleForm>
  </Edit>
);
