// The inputs a member's edit and create forms share: the standard 党员信息 (name, gender, 民族, dates,
// 学历, 身份证号, 工作单位/职务, 入党介绍人, 转正日期, photo) and where the member belongs. A member
// belongs to a branch (党支部), and usually to one of its party groups: the group list follows the
// branch chosen above it. The ID number is checked here by the server's own rule.
import {
  AutocompleteInput, DateInput, ImageField, ImageInput, ReferenceInput, SelectInput, TextInput, required,
} from 'react-admin';
import { Box } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { enumChoices } from '../common/enumChoices';
import { Section } from '../common/Section';
import { EDUCATIONS, GENDERS, MEMBER_STATUSES } from '../types';
import { BranchInput } from './BranchInput';
import { ETHNIC_CHOICES } from './ethnicGroups';
import { idNumberProblem } from './idNumber';
import { formatPhoto, maxPhotoSize } from './photoUpload';

const row = { display: 'flex', gap: 2, width: '100%', flexWrap: { xs: 'wrap', sm: 'nowrap' } } as const;

const validIdNumber = (value: unknown) => {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  return idNumberProblem(value.trim().toUpperCase()) ?? undefined;
};

/** 转正日期 cannot precede 入党日期 (the server refuses it too). */
const notBeforeJoined = (value: unknown, values: Record<string, unknown>) =>
  typeof value === 'string' && typeof values.joinedDate === 'string' && value < values.joinedDate ? 'app.member.full_before_joined' : undefined;

export const MemberFormFields = () => {
  const branch = useWatch({ name: 'partyOrganisation' }) as string | undefined;
  const township = useWatch({ name: 'township' }) as string | undefined;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, width: '100%' }}>
      <Section title="app.member.personal">
        <Box sx={row}>
          <TextInput source="name" validate={required()} />
          <TextInput source="code" />
        </Box>
        <Box sx={row}>
          <SelectInput source="gender" choices={enumChoices('members', 'gender', GENDERS)} validate={required()} />
          <AutocompleteInput source="ethnicity" choices={ETHNIC_CHOICES} />
        </Box>
        <Box sx={row}>
          <DateInput source="birthDate" validate={required()} />
          <SelectInput source="education" choices={enumChoices('members', 'education', EDUCATIONS)} />
        </Box>
        <TextInput source="idNumber" validate={validIdNumber} helperText="app.member.id_number_help" />
        <ImageInput source="photo" accept={{ 'image/*': [] }} format={formatPhoto} validate={maxPhotoSize} helperText="app.member.photo_help">
          <ImageField source="src" title="title" />
        </ImageInput>
      </Section>
      <Section title="app.member.party">
        <Box sx={row}>
          <SelectInput source="status" choices={enumChoices('members', 'status', MEMBER_STATUSES)} validate={required()} />
          <TextInput source="introducers" helperText="app.member.introducers_help" />
        </Box>
        <Box sx={row}>
          <DateInput source="joinedDate" validate={required()} />
          <DateInput source="fullMemberDate" validate={notBeforeJoined} />
        </Box>
      </Section>
      <Section title="app.member.work">
        <Box sx={row}>
          <TextInput source="employer" />
          <TextInput source="jobTitle" />
        </Box>
        <TextInput source="phone" type="tel" />
      </Section>
      <Section title="app.member.organisation">
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
      </Section>
    </Box>
  );
};
