// A round as the county sets it up: period, quota per township, criteria with weights (summing to
// 100) and each criterion's full marks, and the judges (logins of the county and townships).
import { useEffect } from 'react';
import {
  ArrayInput, Create, DateInput, Edit, NumberInput, SimpleForm, SimpleFormIterator, TextInput, maxLength, minValue, required, useRecordContext, useTranslate,
} from 'react-admin';
import { useController, useFormContext } from 'react-hook-form';
import { Autocomplete, Box, TextField } from '@mui/material';
import { EditToolbar } from '../common/EditToolbar';
import { useEditMutationProps } from '../conflict/useConflictHandler';
import { apiGet, useApiQuery } from '../meetings/api';
import type { RoundOverview } from './types';

interface Candidate { id: string; username: string; roleName: string | null; township: string | null }

const JudgesInput = () => {
  const translate = useTranslate();
  const record = useRecordContext<{ id: string }>();
  const { setValue } = useFormContext();
  const { field } = useController({ name: 'judges', defaultValue: undefined });
  const { data } = useApiQuery<Candidate[]>('/theme-days/judges');
  const candidates = data?.data ?? [];
  // The bridge does not send to-many relations: the current judges come from the round's overview.
  useEffect(() => {
    if (record?.id && field.value === undefined) {
      apiGet<RoundOverview>(`/theme-days/rounds/${encodeURIComponent(String(record.id))}`).then(({ data: o }) => setValue('judges', o.judges.map((j) => j.id).filter(Boolean), { shouldDirty: false }));
    }
  }, [record?.id]); // eslint-disable-line react-hooks/exhaustive-deps
  const value = ((field.value ?? []) as string[]).map((id) => candidates.find((c) => c.id === id)).filter(Boolean) as Candidate[];
  return (
    <Autocomplete<Candidate, true>
      multiple
      options={candidates}
      value={value}
      onChange={(_, v) => field.onChange(v.map((c) => c.id))}
      getOptionLabel={(c) => `${c.username}${c.township ? `（${c.township}）` : c.roleName ? `（${c.roleName}）` : ''}`}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      renderInput={(params) => <TextField {...params} label={translate('resources.theme-day-rounds.fields.judges')} helperText={translate('app.theme_days.judges_help')} />}
      sx={{ maxWidth: 720, mb: 2 }}
    />
  );
};

const Fields = () => (
  <Box sx={{ maxWidth: 760, width: '100%' }}>
    <TextInput source="name" validate={[required(), maxLength(100)]} fullWidth />
    <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
      <DateInput source="periodStart" validate={required()} />
      <DateInput source="periodEnd" validate={required()} />
      <NumberInput source="perTownship" min={1} validate={minValue(1)} />
    </Box>
    <ArrayInput source="criteria" validate={required()}>
      <SimpleFormIterator inline disableReordering>
        <TextInput source="code" label="app.theme_days.criterion_code" validate={required()} sx={{ width: 120 }} />
        <TextInput source="name" label="app.theme_days.criterion_name" validate={required()} />
        <NumberInput source="weight" label="app.theme_days.weight" validate={[required(), minValue(1)]} sx={{ width: 100 }} />
        <NumberInput source="max" label="app.theme_days.max" validate={[required(), minValue(1)]} sx={{ width: 100 }} />
      </SimpleFormIterator>
    </ArrayInput>
    <JudgesInput />
  </Box>
);

const DEFAULTS = {
  criteria: [
    { code: 'theme', name: '主题鲜明', weight: 30, max: 10 },
    { code: 'participation', name: '党员参与', weight: 30, max: 10 },
    { code: 'effect', name: '为民实效', weight: 40, max: 10 },
  ],
  perTownship: 2,
};

const pick = (d: Record<string, unknown>) => {
  const out: Record<string, unknown> = { name: d.name, periodStart: d.periodStart, periodEnd: d.periodEnd, perTownship: d.perTownship ?? null, criteria: d.criteria, updatedAt: d.updatedAt };
  if (d.judges !== undefined) out.judges = d.judges;
  return out;
};

export const RoundCreate = () => (
  <Create redirect="show" transform={pick}>
    <SimpleForm defaultValues={DEFAULTS}><Fields /></SimpleForm>
  </Create>
);

export const RoundEdit = () => (
  <Edit redirect="show" transform={pick} {...useEditMutationProps()}>
    <SimpleForm toolbar={<EditToolbar />}><Fields /></SimpleForm>
  </Edit>
);
