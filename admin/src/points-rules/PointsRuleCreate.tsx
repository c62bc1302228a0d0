import { Create, SimpleForm } from 'react-admin';
import { PointsRuleFormFields } from './PointsRuleFormFields';

const DEFAULTS = { target: 'member', capPeriod: 'year', approver: 'township', trigger: 'manual', active: true, outsideCap: false, floorAtZero: false, evidenceRequired: false };

export const PointsRuleCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={DEFAULTS} sanitizeEmptyValues sx={{ maxWidth: 820 }}>
      <PointsRuleFormFields />
    </SimpleForm>
  </Create>
);
