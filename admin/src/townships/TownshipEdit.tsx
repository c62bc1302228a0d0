import { Edit, SimpleForm } from 'react-admin';
import { Box } from '@mui/material';
import { CheckFindings } from '../check/CheckFindings';
import { EditToolbar } from '../common/EditToolbar';
import { useEditMutationProps } from '../conflict/useConflictHandler';
import { TownshipFormFields } from './TownshipFormFields';

/** The structure check stays in view while editing: the fields here are what it checks. */
export const TownshipEdit = () => (
  <Edit redirect="show" {...useEditMutationProps()}>
    <SimpleForm toolbar={<EditToolbar />} sanitizeEmptyValues sx={{ maxWidth: 720 }}>
      <Box sx={{ width: '100%', mb: 1 }}>
        <CheckFindings />
      </Box>
      <TownshipFormFields />
    </SimpleForm>
  </Edit>
);
