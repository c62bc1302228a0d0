// One case: its two steps, due day and rating; staff who may edit see the whole ID number.
import { FunctionField, ReferenceField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { enumChoices } from '../common/enumChoices';
import { CASE_STATUSES, shanghai } from './status';

export const CaseShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="code" />
      <ReferenceField source="item" reference="approval-items" link="show" />
      <ReferenceField source="hall" reference="service-halls" link="show" />
      <TextField source="windowName" emptyText="—" />
      <TextField source="applicantName" />
      <TextField source="applicantIdNumber" emptyText="—" />
      <TextField source="applicantPhone" emptyText="—" />
      <SelectField source="status" choices={enumChoices('approval-cases', 'status', CASE_STATUSES)} />
      <FunctionField source="receivedAt" render={(r: any) => shanghai(r.receivedAt)} />
      <TextField source="timeLimitDays" />
      <TextField source="dueOn" />
      <FunctionField source="finishedAt" render={(r: any) => shanghai(r.finishedAt) || '—'} />
      <FunctionField source="onTime" render={(r: any) => (r.onTime == null ? '—' : r.onTime ? '✓' : '✗')} />
      <TextField source="reason" emptyText="—" />
      <TextField source="handler" emptyText="—" />
      <TextField source="satisfaction" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);
