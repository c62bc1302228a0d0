import { BooleanField, DataTable, FunctionField, List, SimpleList, useTranslate } from 'react-admin';
import { useMediaQuery, type Theme } from '@mui/material';
import { Code, CodeField } from '../common/CodeField';
import { useResourcePermissions } from '../schema/useSchema';
import type { MeetingRule } from '../types';
import { shareText } from './quorumText';

export const MeetingRuleList = () => {
  const translate = useTranslate();
  const { edit } = useResourcePermissions('meeting-rules');
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const frequency = (r: MeetingRule) => translate('app.meeting_rules.frequency', { period: translate(`resources.meeting-rules.enums.period.${r.period}`), count: r.count });
  const quorum = (r: MeetingRule) => (r.quorumBase === 'none' ? '—' : `${translate(`resources.meeting-rules.enums.quorumBase.${r.quorumBase}`)}${shareText(r.quorumNum, r.quorumDen, r.quorumStrictlyMore)}`);
  return (
    <List sort={{ field: 'id', order: 'ASC' }} perPage={50}>
      {phone ? (
        <SimpleList<MeetingRule> primaryText={(r) => r.name} secondaryText={frequency} tertiaryText={(r) => <Code>{r.kind}</Code>} />
      ) : (
        <DataTable bulkActionButtons={false} rowClick={edit ? 'edit' : false}>
          <DataTable.Col source="name" />
          <DataTable.Col source="kind"><CodeField source="kind" /></DataTable.Col>
          <DataTable.Col source="period" label="app.meeting_rules.frequency_label" render={frequency} />
          <DataTable.Col source="attendees" render={(r: MeetingRule) => translate(`resources.meeting-rules.enums.attendees.${r.attendees}`)} />
          <DataTable.Col source="quorumBase" label="app.meeting_rules.quorum" render={quorum} />
          <DataTable.Col source="pointsRule"><CodeField source="pointsRule" /></DataTable.Col>
          <DataTable.Col source="dueSoonDays" />
          <DataTable.Col source="finaliseWithinDays" />
          <DataTable.Col source="active"><BooleanField source="active" /></DataTable.Col>
          <DataTable.Col source="levels" disableSort>
            <FunctionField render={(r: MeetingRule) => (r.levels ?? []).map((l) => translate(`resources.party-organisations.enums.level.${l}`)).join('、')} />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
