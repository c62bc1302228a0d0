import { AutocompleteInput, ReferenceInput, SelectInput, TextInput, required } from 'react-admin';
import { Box } from '@mui/material';
import { enumChoices } from '../common/enumChoices';
import { GRID_KINDS } from '../types';

const row = { display: 'flex', gap: 2, width: '100%', flexWrap: { xs: 'wrap', sm: 'nowrap' } } as const;

/** The inputs a grid's edit and create forms share. */
export const GridFormFields = () => (
  <>
    <Box sx={row}>
      <TextInput source="code" validate={required()} />
      <TextInput source="name" validate={required()} />
    </Box>
    <Box sx={row}>
      <SelectInput source="kind" choices={enumChoices('grids', 'kind', GRID_KINDS)} validate={required()} />
      <TextInput source="village" />
    </Box>
    <ReferenceInput source="township" reference="townships">
      <AutocompleteInput validate={required()} />
    </ReferenceInput>
  </>
);
