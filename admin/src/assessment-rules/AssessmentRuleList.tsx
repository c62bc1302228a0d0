// The assessment rates (考核指标) of the approvals and dispatch centres: each as its numerator over its
// denominator, in the counters' Chinese names.
import { BooleanField, DataTable, List, SimpleList, useTranslate } from 'react-admin';
import { useMediaQuery, type Theme } from '@mui/material';
import { CodeField } from '../common/CodeField';
import { useResourcePermissions } from '../schema/useSchema';
import type { AssessmentRule } from './types';

export const useCounterText = () => {
  const translate = useTranslate();
  return (counters: string[] | undefined) => (counters ?? []).map((c) => translate(`app.assessment_rules.counters.${c}`)).join(' + ');
};

export const AssessmentRuleList = () => {
  const { edit } = useResourcePermissions('assessment-rules');
  const text = useCounterText();
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  return (
    <List sort={{ field: 'position', order: 'ASC' }} perPage={50} exporter={false}>
      {phone ? (
        <SimpleList<AssessmentRule> primaryText={(r) => r.name} secondaryText={(r) => `${text(r.numerator)} ÷ (${text(r.denominator)})`} />
      ) : (
        <DataTable bulkActionButtons={false} rowClick={edit ? 'edit' : false}>
          <DataTable.Col source="name" />
          <DataTable.Col source="code"><CodeField source="code" /></DataTable.Col>
          <DataTable.Col source="numerator" disableSort render={(r: AssessmentRule) => text(r.numerator)} />
          <DataTable.Col source="denominator" disableSort render={(r: AssessmentRule) => text(r.denominator)} />
          <DataTable.Col source="position" />
          <DataTable.Col source="active"><BooleanField source="active" /></DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
