// A meeting rule as the county edits it: who holds the meeting, how often, who is due, the quorum
// and passing shares as exact fractions, the points rule attendance triggers, and the windows for
// "due soon" and on-time finalising. The server checks the whole set and names any field at fault.
import {
  BooleanInput, CheckboxGroupInput, Create, Edit, NumberInput, SelectInput, SimpleForm, TextInput, maxLength, minValue, required, useGetList,
} from 'react-admin';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { enumChoices } from '../common/enumChoices';
import { useEditMutationProps } from '../conflict/useConflictHandler';
import { MEETING_ATTENDEES, MEETING_PERIODS, ORGANISATION_CATEGORIES, ORGANISATION_LEVELS, PASSING_BASES, QUORUM_BASES, type PointsRule } from '../types';

const Row = ({ children }: { children: React.ReactNode }) => <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>{children}</Box>;

const Fields = ({ creating }: { creating?: boolean }) => {
  const translate = useTranslate();
  const { data: points = [] } = useGetList<PointsRule>('points-rules', { pagination: { page: 1, perPage: 200 }, sort: { field: 'code', order: 'ASC' } });
  return (
    <Box sx={{ maxWidth: 760, width: '100%' }}>
      <Row>
        <TextInput source="name" validate={[required(), maxLength(60)]} />
        <TextInput source="kind" validate={[required(), maxLength(40)]} helperText="app.meeting_rules.kind_help" disabled={!creating} />
        <TextInput source="code" validate={[required(), maxLength(60)]} disabled={!creating} />
      </Row>
      <CheckboxGroupInput source="levels" choices={enumChoices('party-organisations', 'level', ORGANISATION_LEVELS)} validate={required()} />
      <CheckboxGroupInput source="categories" choices={enumChoices('party-organisations', 'category', ORGANISATION_CATEGORIES)} helperText="app.meeting_rules.categories_help" />
      <Row>
        <SelectInput source="period" choices={enumChoices('meeting-rules', 'period', MEETING_PERIODS)} validate={required()} />
        <NumberInput source="count" min={1} validate={[required(), minValue(1)]} />
        <SelectInput source="attendees" choices={enumChoices('meeting-rules', 'attendees', MEETING_ATTENDEES)} validate={required()} />
      </Row>
      <Typography variant="subtitle2" sx={{ mt: 1 }}>{translate('app.meeting_rules.quorum')}</Typography>
      <Row>
        <SelectInput source="quorumBase" choices={enumChoices('meeting-rules', 'quorumBase', QUORUM_BASES)} validate={required()} />
        <NumberInput source="quorumNum" min={0} />
        <NumberInput source="quorumDen" min={1} />
        <BooleanInput source="quorumStrictlyMore" />
      </Row>
      <Typography variant="subtitle2">{translate('app.meeting_rules.passing')}</Typography>
      <Row>
        <SelectInput source="passingBase" choices={enumChoices('meeting-rules', 'passingBase', PASSING_BASES)} validate={required()} />
        <NumberInput source="passingNum" min={0} />
        <NumberInput source="passingDen" min={1} />
        <BooleanInput source="passingStrictlyMore" />
      </Row>
      <Row>
        <SelectInput source="pointsRule" choices={points.map((p) => ({ id: p.code, name: `${p.name}（${p.code}）` }))} emptyText="app.meeting_rules.no_points" />
        <TextInput source="pointsKind" helperText="app.meeting_rules.points_kind_help" />
      </Row>
      <Row>
        <NumberInput source="dueSoonDays" min={0} validate={required()} />
        <NumberInput source="finaliseWithinDays" min={0} validate={required()} />
        <NumberInput source="fixedDayOfMonth" min={1} max={28} />
      </Row>
      <BooleanInput source="active" />
    </Box>
  );
};

/** Empty category boxes mean every category (null), as the rules file says. */
const transform = (data: Record<string, any>) => ({ ...data, categories: Array.isArray(data.categories) && data.categories.length ? data.categories : null, pointsRule: data.pointsRule || null, pointsKind: data.pointsKind || null });

export const MeetingRuleEdit = () => (
  <Edit transform={transform} redirect="list" {...useEditMutationProps()}>
    <SimpleForm toolbar={<EditToolbar />}><Fields /></SimpleForm>
  </Edit>
);

export const MeetingRuleCreate = () => (
  <Create transform={transform} redirect="list">
    <SimpleForm defaultValues={{ period: 'month', count: 1, attendees: 'members', quorumBase: 'none', quorumNum: 0, quorumDen: 1, passingBase: 'none', passingNum: 0, passingDen: 1, dueSoonDays: 7, finaliseWithinDays: 7, active: true, levels: ['branch'] }}>
      <Fields creating />
    </SimpleForm>
  </Create>
);
