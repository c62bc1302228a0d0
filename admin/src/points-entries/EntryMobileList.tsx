// The ledger on a phone: one card per entry with its date, points, status, member, branch, rule and
// evidence; approvers tick pending cards for bulk 通过/驳回, or decide one card with its own buttons.
import { Box, Card, CardContent, Checkbox, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { BulkActionsToolbar, RecordContextProvider, ReferenceField, useCreatePath, useListContext, useTranslate } from 'react-admin';
import { LocalDateField } from '../common/LocalDateField';
import { PointsField } from '../points/PointsField';
import type { PointsEntry } from '../types';
import { ApproveButton } from './ApproveButton';
import { BeneficiaryField } from './BeneficiaryField';
import { EntryBranchField } from './EntryBranchField';
import { EntryBulkActions } from './EntryBulkActions';
import { EntryStatusField } from './EntryStatusField';
import { EvidenceMarker } from './EvidenceMarker';
import { RejectOneButton } from './RejectOneButton';

export const EntryMobileList = ({ approver, showBranch }: { approver: boolean; showBranch: boolean }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { data, isPending, selectedIds, onToggleItem } = useListContext<PointsEntry>();
  if (isPending || !data?.length) return null;
  return (
    <>
      {approver && (
        <BulkActionsToolbar>
          <EntryBulkActions />
        </BulkActionsToolbar>
      )}
      <Stack spacing={1} sx={{ p: 1 }} data-testid="entry-cards">
        {data.map((record) => {
          const selectable = approver && record.status === 'pending';
          return (
            <RecordContextProvider key={record.id} value={record}>
              <Card data-testid="entry-card" variant="outlined">
                <CardContent sx={{ p: 1.5, '&:last-child': { pb: 1.5 } }}>
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
                    {selectable && (
                      <Checkbox
                        size="small"
                        sx={{ p: 0.5, mt: -0.25 }}
                        checked={selectedIds.includes(record.id)}
                        onChange={() => onToggleItem(record.id)}
                        slotProps={{ input: { 'aria-label': translate('app.entries.select_one') } }}
                      />
                    )}
                    <Box component={Link} to={createPath({ resource: 'points-entries', id: record.id, type: 'show' })}
                      sx={{ flex: 1, minWidth: 0, color: 'inherit', textDecoration: 'none' }}>
                      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                        <LocalDateField source="occurredOn" sx={{ fontWeight: 600 }} />
                        <PointsField signed />
                        <EntryStatusField />
                        <EvidenceMarker />
                      </Stack>
                      <Typography variant="body2" sx={{ mt: 0.5 }}>
                        <BeneficiaryField />
                        {showBranch && (
                          <Box component="span" sx={{ color: 'text.secondary' }}>
                            {' · '}
                            <EntryBranchField />
                          </Box>
                        )}
                      </Typography>
                      <Typography variant="body2" color="text.secondary" sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                        <ReferenceField source="rule" reference="points-rules" link={false} />
                        {' · '}
                        {record.reason}
                      </Typography>
                    </Box>
                  </Stack>
                  {selectable && (
                    <Stack direction="row" spacing={1} sx={{ mt: 1, justifyContent: 'flex-end' }}>
                      <ApproveButton labelled />
                      <RejectOneButton labelled />
                    </Stack>
                  )}
                </CardContent>
              </Card>
            </RecordContextProvider>
          );
        })}
      </Stack>
    </>
  );
};
