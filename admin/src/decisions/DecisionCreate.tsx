import { Create } from 'react-admin';
import { DecisionForm } from './DecisionForm';

export const DecisionCreate = () => (
  <Create redirect="show" title="app.decisions.create_title">
    <DecisionForm />
  </Create>
);
