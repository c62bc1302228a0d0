// The member's entries in the chosen year, newest first, twenty a page, each with its status; a row
// opens the entry (its rule, reason, evidence and decision).
import { useState } from 'react';
import { Box, Divider, LinearProgress, List, ListItemButton, ListItemText, Pagination, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { RecordContextProvider, ReferenceField, useCreatePath, useGetList, useTranslate } from 'react-admin';
import { LocalDateField } from '../common/LocalDateField';
import { EntryStatusField } from '../points-entries/EntryStatusField';
import { PointsField } from '../points/PointsField';
import type { Id, PointsEntry } from '../types';

const PER_PAGE = 20;

export const PointsHistory = ({ member, year }: { member: Id; year: number }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [page, setPage] = useState(1);
  const { data = [], total = 0, isPending, error } = useGetList<PointsEntry>('points-entries', {
    filter: { member, occurredOn_gte: `${year}-01-01`, occurredOn_lte: `${year}-12-31` },
    sort: { field: 'occurredOn', order: 'DESC' },
    pagination: { page, perPage: PER_PAGE },
  });
  if (error) return <Typography color="error">{translate('ra.notification.http_error')}</Typography>;
  if (!isPending && !data.length) {
    return <Typography variant="body2" color="text.secondary">{translate('app.my_points.no_history')}</Typography>;
  }
  const pages = Math.ceil(total / PER_PAGE);
  return (
    <Box>
      {isPending && <LinearProgress />}
      <List disablePadding data-testid="my-points-history">
        {data.map((entry, i) => (
          <RecordContextProvider key={entry.id} value={entry}>
            {i > 0 && <Divider component="li" />}
            <ListItemButton
              component={Link}
              to={createPath({ resource: 'points-entries', id: entry.id, type: 'show' })}
              data-testid="my-points-history-row"
              sx={{ alignItems: 'flex-start', gap: 1, px: 0.5 }}
            >
              <ListItemText
                sx={{ minWidth: 0 }}
                primary={<ReferenceField source="rule" reference="points-rules" resource="points-entries" link={false} />}
                secondary={
                  <>
                    <LocalDateField source="occurredOn" component="span" variant="caption" />
                    {' · '}
                    {entry.reason}
                  </>
                }
                slotProps={{ secondary: { sx: { wordBreak: 'break-word' } } }}
              />
              <Stack spacing={0.5} sx={{ alignItems: 'flex-end', flexShrink: 0 }}>
                <PointsField signed />
                <EntryStatusField />
              </Stack>
            </ListItemButton>
          </RecordContextProvider>
        ))}
      </List>
      {pages > 1 && (
        <Pagination count={pages} page={page} onChange={(_, p) => setPage(p)} size="small" siblingCount={0} sx={{ mt: 1, display: 'flex', justifyContent: 'center' }} />
      )}
    </Box>
  );
};
