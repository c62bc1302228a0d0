// What can be done to a record: a draft is edited, finalised or deleted; a sealed one is printed or
// corrected by a new record that names it.
import { CreateButton, DeleteButton, EditButton, TopToolbar, useRecordContext } from 'react-admin';
import { Button } from 'react-admin';
import { Link } from 'react-router-dom';
import PrintIcon from '@mui/icons-material/Print';
import { useResourcePermissions } from '../schema/useSchema';
import { FinaliseButton } from './FinaliseButton';
import type { Decision } from './types';

/** The facts a correction starts from: the original's, with a link to it. */
const correction = (d: Decision) => ({
  corrects: d.id, organisation: d.organisation, rule: d.rule, subject: d.subject, decidedOn: d.decidedOn, body: d.body, method: d.method,
  meetingId: d.meetingId, amountFen: d.amountFen, due: d.due ?? [], present: d.present ?? [], recused: d.recused ?? [], secretary: d.secretary,
  statements: d.statements ?? [], outcome: d.outcome,
});

export const DecisionShowActions = () => {
  const record = useRecordContext<Decision>();
  const can = useResourcePermissions('decisions');
  if (!record) return null;
  const draft = record.status === 'draft';
  return (
    <TopToolbar>
      {draft && can.edit && <FinaliseButton />}
      {draft && can.edit && <EditButton />}
      <Button label="app.decisions.print" component={Link} to={`/decisions/${encodeURIComponent(String(record.id))}/print`}>
        <PrintIcon />
      </Button>
      {!draft && can.create && <CreateButton label="app.decisions.correct" state={{ record: correction(record) }} />}
      {draft && can.delete && <DeleteButton mutationMode="pessimistic" />}
    </TopToolbar>
  );
};
