import { Create } from 'react-admin';
import { StepForm } from './StepForm';

/** Opened from a 四议两公开 record's page with the record and its next step filled in; back there on save. */
export const DecisionStepCreate = () => (
  <Create redirect={(_resource?: string, _id?: unknown, data?: Record<string, unknown>) => `decisions/${data?.decision}/show`} title="app.decisions.step_create_title">
    <StepForm />
  </Create>
);
