// A step can be corrected (or the last one withdrawn) while its record is open; the server refuses
// once the record is finalised, or when the change would put it before the step it follows.
import { DeleteButton, Edit, TopToolbar, useRecordContext } from 'react-admin';
import { useEditMutationProps } from '../conflict/useConflictHandler';
import type { DecisionStep } from '../decisions/types';
import { StepForm } from './StepForm';

const Actions = () => {
  const record = useRecordContext<DecisionStep>();
  if (!record) return null;
  return (
    <TopToolbar>
      <DeleteButton mutationMode="pessimistic" redirect={() => `decisions/${record.decision}/show`} label="app.decisions.withdraw_step" />
    </TopToolbar>
  );
};

export const DecisionStepEdit = () => (
  <Edit actions={<Actions />} redirect={(_resource?: string, _id?: unknown, data?: Record<string, unknown>) => `decisions/${data?.decision}/show`} {...useEditMutationProps()}>
    <StepForm editing />
  </Edit>
);
