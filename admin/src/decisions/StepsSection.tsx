// The 四议两公开 steps of a record, in order, and the next one to record. A step can only follow the
// one before it; while the record is open the last step can be withdrawn or corrected.
import { CreateButton, DataTable, ReferenceManyField, TextField, useRecordContext, useTranslate, useGetList } from 'react-admin';
import { Stack, Typography } from '@mui/material';
import { EnumChipField } from '../common/EnumChipField';
import { LocalDateField } from '../common/LocalDateField';
import { useResourcePermissions } from '../schema/useSchema';
import { VILLAGE_STEPS, type Decision, type DecisionStep } from './types';

const Counts = (_props: { label?: string }) => {
  const s = useRecordContext<DecisionStep>();
  const translate = useTranslate();
  if (!s) return null;
  const parts: string[] = [];
  if (s.due != null) parts.push(translate('app.decisions.step_attendance', { due: s.due, present: s.present ?? 0 }));
  if (s.agree != null) parts.push(translate('app.decisions.step_vote', { agree: s.agree, disagree: s.disagree ?? 0, defer: s.defer ?? 0 }));
  if (s.displayedUntil) parts.push(translate('app.decisions.step_displayed_until', { day: s.displayedUntil }));
  return <span>{parts.join('；') || '—'}</span>;
};

const Evidence = (_props: { label?: string }) => {
  const s = useRecordContext<DecisionStep>();
  const translate = useTranslate();
  return <span>{s?.evidence?.length ? translate('app.decisions.files_count', { smart_count: s.evidence.length }) : '—'}</span>;
};

export const StepsSection = () => {
  const record = useRecordContext<Decision>();
  const translate = useTranslate();
  const can = useResourcePermissions('decision-steps');
  const { data: steps } = useGetList<DecisionStep>('decision-steps', { filter: { decision: record?.id }, pagination: { page: 1, perPage: 10 } }, { enabled: !!record });
  if (!record) return null;
  const recorded = new Set((steps ?? []).map((s) => s.step));
  const next = VILLAGE_STEPS.find((s) => !recorded.has(s));
  return (
    <Stack spacing={1}>
      <ReferenceManyField reference="decision-steps" target="decision" sort={{ field: 'date', order: 'ASC' }} perPage={10}
        empty={<Typography variant="body2" color="text.secondary">{translate('app.decisions.no_steps')}</Typography>}>
        <DataTable rowClick={record.status === 'draft' && can.edit ? 'edit' : false} bulkActionButtons={false} size="small">
          <DataTable.Col source="step"><EnumChipField source="step" enumResource="decision-steps" /></DataTable.Col>
          <DataTable.Col source="date"><LocalDateField source="date" /></DataTable.Col>
          <DataTable.Col source="body"><EnumChipField source="body" enumResource="decision-steps" /></DataTable.Col>
          <DataTable.Col label="app.decisions.step_counts"><Counts /></DataTable.Col>
          <DataTable.Col label="resources.decision-steps.fields.evidence"><Evidence /></DataTable.Col>
          <DataTable.Col source="remarks"><TextField source="remarks" emptyText="—" /></DataTable.Col>
        </DataTable>
      </ReferenceManyField>
      {record.status === 'draft' && next && can.create && (
        <div>
          <CreateButton
            resource="decision-steps"
            label={translate('app.decisions.record_step', { step: translate(`resources.decision-steps.enums.step.${next}`) })}
            state={{ record: { decision: record.id, step: next } }}
            variant="contained"
          />
        </div>
      )}
    </Stack>
  );
};
