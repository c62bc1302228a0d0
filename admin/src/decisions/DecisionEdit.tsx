// A draft can be edited until it is finalised; a finalised record says so instead of offering a form.
import { Edit, useRecordContext, useTranslate } from 'react-admin';
import { Alert } from '@mui/material';
import { useEditMutationProps } from '../conflict/useConflictHandler';
import { DecisionForm } from './DecisionForm';
import type { Decision } from './types';

const EditBody = () => {
  const record = useRecordContext<Decision>();
  const translate = useTranslate();
  if (!record) return null;
  if (record.status === 'final') return <Alert severity="info" sx={{ m: 2 }}>{translate('app.decisions.sealed_help')}</Alert>;
  return <DecisionForm decisionId={String(record.id)} />;
};

export const DecisionEdit = () => (
  <Edit redirect="show" {...useEditMutationProps()}>
    <EditBody />
  </Edit>
);
