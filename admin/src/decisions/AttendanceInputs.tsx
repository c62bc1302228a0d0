// Who was due to attend, who came, who recused and why, and who the secretary is. Members come from
// the deciding organisation: its own members for a branch, the township's for a committee.
import {
  ArrayInput, AutocompleteArrayInput, CheckboxGroupInput, ReferenceArrayInput, SelectInput, SimpleFormIterator, TextInput, maxLength, required, useGetOne,
} from 'react-admin';
import { useWatch } from 'react-hook-form';

import { memberOptionText } from '../points-entries/memberOption';
import type { PartyOrganisation } from '../types';
import { useMemberChoices } from './useMemberChoices';

export const AttendanceInputs = () => {
  const organisation = useWatch({ name: 'organisation' }) as string | undefined;
  const due = (useWatch({ name: 'due' }) as string[] | undefined) ?? [];
  const present = (useWatch({ name: 'present' }) as string[] | undefined) ?? [];
  const { data: org } = useGetOne<PartyOrganisation>('party-organisations', { id: organisation ?? '' }, { enabled: !!organisation });
  const filter = !org ? {} : org.level === 'committee' ? { township: org.township } : { partyOrganisation: org.id };
  const dueChoices = useMemberChoices(due);
  const presentChoices = dueChoices.filter((m) => present.includes(m.id));
  return (
    <>
      <ReferenceArrayInput source="due" reference="members" filter={filter} perPage={20}>
        <AutocompleteArrayInput optionText={memberOptionText} fullWidth validate={required()} helperText="app.decisions.due_help" />
      </ReferenceArrayInput>
      <CheckboxGroupInput source="present" choices={dueChoices} row helperText="app.decisions.present_help" />
      <SelectInput source="secretary" choices={dueChoices} emptyText="—" helperText="app.decisions.secretary_help" />
      <ArrayInput source="recused" helperText="app.decisions.recused_help">
        <SimpleFormIterator inline disableReordering>
          <SelectInput source="member" label="resources.decisions.fields.member" choices={presentChoices} validate={required()} />
          <TextInput source="reason" label="resources.decisions.fields.reason" validate={[required(), maxLength(200)]} sx={{ minWidth: 260 }} />
        </SimpleFormIterator>
      </ArrayInput>
    </>
  );
};
