// The inputs a member's edit and create forms share. A member belongs to a branch (党支部), and
// usually to one of its party groups: the group list follows the branch chosen above it.
import { AutocompleteInput, DateInput, ReferenceInput, SelectInput, TextInput, required } from 'react-admin';
import { Box } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { enumChoices } from '../common/enumChoices';
import { GENDERS, MEMBER_STATUSES } from '../types';
import { BranchInput } from './BranchInput';

const row = { display: 'flex', gap: 2, width: '100%', flexWrap: { xs: 'wrap', sm: 'nowrap' } } as const;

export const MemberFormFields = () => {
  const branch = useWatch({ name: 'partyOrganisation' }) as string | undefined;
  const township = useWatch({ name: 'township' }) as string | undefined;
  return (
    <>
      <Box sx={row}>
        <TextInput source="name" validate={required()} />
        <TextInput source="code" />
      </Box>
      <Box sx={row}>
        <SelectInput source="gender" choices={enumChoices('members', 'gender', GENDERS)} validate={required()} />
        <SelectInput source="status" choices={enumChoices('members', 'status', MEMBER_STATUSES)} validate={required()} />
      </Box>
      <Box sx={row}>
        <DateInput source="birthDate" validate={required()} />
        <DateInput source="joinedDate" validate={required()} />
      </Box>
      <ReferenceInput source="township" reference="townships">
        <AutocompleteInput />
      </ReferenceInput>
      <BranchInput source="partyOrganisation" required />
      <ReferenceInput source="partyGroup" reference="party-organisations" filter={{ level: 'party_group', ...(branch ? { parent: branch } : {}) }}>
        <AutocompleteInput />
      </ReferenceInput>
      <ReferenceInput source="grid" reference="grids" filter={township ? { township } : {}}>
        <AutocompleteInput />
      </ReferenceInput>
      <TextInput source="phone" type="tel" />
    </>
  );
};
