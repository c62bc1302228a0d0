// The meeting record: organisation and kind (only the kinds that organisation holds), time and
// place, topic, chair and recorder, minutes, photos and sign-in sheet; a theme day's theme, whether
// open to residents and its result; a 小村说事日's residents' issues. Attendance is taken on its own
// page (phone first), not here.
import {
  ArrayInput, AutocompleteInput, BooleanInput, FileField, FileInput, FormDataConsumer, ImageField, ImageInput, NumberInput,
  ReferenceInput, SelectInput, SimpleFormIterator, TextInput, maxLength, minValue, required, useGetOne, useRecordContext, useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { Alert, Box, Typography } from '@mui/material';
import type { Meeting, PartyOrganisation } from '../types';
import { DateTimeShanghaiInput } from './DateTimeShanghaiInput';
import { asFormFile, MAX_PHOTO_BYTES, type FormFile } from './uploads';
import { useMeetingRules } from './useMeetingRules';

const LEVELS = ['general_branch', 'branch', 'party_group'];
const tooLarge = (files?: FormFile | FormFile[] | null) =>
  ([] as FormFile[]).concat(files ?? []).some((f) => f?.rawFile && f.rawFile.size > MAX_PHOTO_BYTES) ? 'app.meetings.file_too_large' : undefined;

const KindInput = ({ disabled }: { disabled?: boolean }) => {
  const organisation = useWatch({ name: 'organisation' }) as string | undefined;
  const { data: org } = useGetOne<PartyOrganisation>('party-organisations', { id: organisation ?? '' }, { enabled: !!organisation });
  const { rules } = useMeetingRules();
  const choices = rules
    .filter((r) => r.active && (!org || (r.levels.includes(org.level) && (!r.categories || (org.category && r.categories.includes(org.category))))))
    .map((r) => ({ id: r.kind, name: r.name }));
  return <SelectInput source="kind" choices={choices} validate={required()} disabled={disabled} />;
};

const MemberInput = ({ source }: { source: string }) => {
  const organisation = useWatch({ name: 'organisation' }) as string | undefined;
  return (
    <ReferenceInput source={source} reference="members" filter={organisation ? { partyOrganisation: organisation } : {}}>
      <AutocompleteInput optionText="name" sx={{ minWidth: 200 }} />
    </ReferenceInput>
  );
};

export const MeetingFormFields = () => {
  const record = useRecordContext<Meeting>();
  const translate = useTranslate();
  const correction = !!record?.supersedes;
  return (
    <Box sx={{ width: '100%', maxWidth: 720 }}>
      {correction && <Alert severity="info" sx={{ mb: 2 }}>{translate('app.meetings.correction_note', { reason: record?.correctionReason ?? '' })}</Alert>}
      <ReferenceInput source="organisation" reference="party-organisations" filter={{ level: LEVELS }}>
        <AutocompleteInput validate={required()} fullWidth disabled={correction} />
      </ReferenceInput>
      <KindInput disabled={correction} />
      <DateTimeShanghaiInput source="startsAt" validate={required()} />
      <TextInput source="place" validate={maxLength(200)} fullWidth />
      <TextInput source="topic" validate={[required(), maxLength(200)]} fullWidth />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <MemberInput source="chair" />
        <MemberInput source="recorder" />
      </Box>
      <FormDataConsumer<Meeting>>
        {({ formData }) => (
          <>
            {formData.kind === 'theme_day' && (
              <>
                <Typography variant="subtitle2" sx={{ mt: 1 }}>{translate('app.meetings.theme_day')}</Typography>
                <TextInput source="theme" validate={maxLength(200)} fullWidth />
                <BooleanInput source="openToResidents" />
                {formData.openToResidents && <NumberInput source="residentCount" min={1} validate={minValue(1)} />}
                <TextInput source="outcome" multiline minRows={2} validate={maxLength(2000)} fullWidth />
              </>
            )}
            {formData.kind === 'village_talk_day' && (
              <>
                <Typography variant="subtitle2" sx={{ mt: 1 }}>{translate('app.meetings.talk_day')}</Typography>
                <ArrayInput source="residentIssues">
                  <SimpleFormIterator inline disableReordering>
                    <TextInput source="issue" label="app.meetings.issue" validate={required()} multiline sx={{ minWidth: 220 }} />
                    <TextInput source="raisedBy" label="app.meetings.raised_by" />
                    <TextInput source="agreed" label="app.meetings.agreed" multiline sx={{ minWidth: 220 }} />
                    <BooleanInput source="toGridEvent" label="app.meetings.to_grid_event" />
                  </SimpleFormIterator>
                </ArrayInput>
              </>
            )}
          </>
        )}
      </FormDataConsumer>
      <TextInput source="minutes" multiline minRows={4} fullWidth />
      <ImageInput source="photos" multiple accept={{ 'image/*': [] }} format={(v: FormFile[] | null) => (v ?? []).map(asFormFile)} validate={tooLarge}
        helperText="app.meetings.photos_help">
        <ImageField source="src" title="title" />
      </ImageInput>
      <FileInput source="signInSheet" accept={{ 'image/*': [], 'application/pdf': [] }} format={asFormFile} validate={tooLarge} helperText="app.meetings.sheet_help">
        <FileField source="src" title="title" target="_blank" rel="noopener noreferrer" />
      </FileInput>
    </Box>
  );
};

const EDITABLE = ['organisation', 'kind', 'startsAt', 'place', 'topic', 'chair', 'recorder', 'minutes', 'theme', 'openToResidents', 'residentCount', 'outcome', 'residentIssues'];

/** What a save sends: the editable fields, with new photos and the sign-in sheet uploaded first. */
export async function toMeetingData(values: Record<string, any>, upload: (f: FormFile | null | undefined) => Promise<number | null>) {
  const data: Record<string, unknown> = {};
  for (const k of EDITABLE) if (k in values) data[k] = values[k] === '' ? null : values[k];
  if (Array.isArray(data.residentIssues) && !data.residentIssues.length) data.residentIssues = null;
  data.photos = (await Promise.all(((values.photos ?? []) as FormFile[]).map(upload))).filter((id) => id != null);
  data.signInSheet = await upload(values.signInSheet);
  if (values.updatedAt) data.updatedAt = values.updatedAt;
  return data;
}
