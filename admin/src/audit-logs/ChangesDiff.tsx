// Before and after side by side, one row per changed field, labelled as the changed resource
// labels its fields. Used as the expandable row of the audit list and on the entry's page.
import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useFieldLabel } from '../generic/useFieldLabel';
import type { AuditLog } from '../types';
import { changedFields } from './changedFields';
import { ChangeValue } from './ChangeValue';

export const ChangesDiff = (_props: { label?: string }) => {
  const record = useRecordContext<AuditLog>();
  const translate = useTranslate();
  const labelOf = useFieldLabel();
  if (!record) return null;
  const changes = changedFields(record.before, record.after);
  if (!changes.length) {
    return <Typography variant="body2" color="text.secondary">{translate('app.audit.no_changes')}</Typography>;
  }
  return (
    <Table size="small" sx={{ tableLayout: 'fixed', '& td, & th': { verticalAlign: 'top' } }}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: '22%' }}>{translate('app.audit.field')}</TableCell>
          <TableCell>{translate('app.audit.before')}</TableCell>
          <TableCell>{translate('app.audit.after')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {changes.map((c) => (
          <TableRow key={c.field}>
            <TableCell sx={{ fontWeight: 500 }}>{labelOf(record.resource, c.field)}</TableCell>
            <TableCell sx={{ bgcolor: record.before ? 'rgba(198, 40, 40, 0.06)' : undefined }}>
              <ChangeValue resource={record.resource} field={c.field} value={c.before} context={record.before} />
            </TableCell>
            <TableCell sx={{ bgcolor: record.after ? 'rgba(46, 125, 50, 0.08)' : undefined }}>
              <ChangeValue resource={record.resource} field={c.field} value={c.after} context={record.after ?? record.before} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
