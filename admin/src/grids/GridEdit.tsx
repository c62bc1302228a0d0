import { Edit, SimpleForm } from 'react-admin';
import { Box } from '@mui/material';
import { CheckFindings } from '../check/CheckFindings';
import { EditToolbar } from '../common/EditToolbar';
import { useEditMutationProps } from '../conflict/useConflictHandler';
import { GridFormFields } from './GridFormFields';

export const GridEdit = () => (
  <Edit redirect="show" {...useEditMutationProps()}>
    <SimpleForm toolbar={<EditToolbar />} sanitizeEmptyValues sx={{ maxWidth: 720 }}>
      <Box sx={{ width: '100%', mb: 1 }}>
        <CheckFindings />
      </Box>
      <GridFormFields />
    </SimpleForm>
  </Edit>
);
