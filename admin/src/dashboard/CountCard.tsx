// How many records of a resource the caller can see: given by the dashboard's one request, or
// else one list call for one row, reading only the total from Content-Range.
import type { ComponentType } from 'react';
import { Card, CardActionArea, CardContent, Skeleton, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useCreatePath, useGetList, useGetResourceLabel, useTranslate } from 'react-admin';

interface Props {
  resource: string;
  icon: ComponentType<{ color?: 'primary' | 'warning'; fontSize?: 'large' }>;
  /** counts only matching rows, and the card opens the list with the same filter */
  filter?: Record<string, unknown>;
  /** i18n key; the resource's name by default */
  label?: string;
  testId?: string;
  /** the count, when the dashboard already has it (no list call then) */
  count?: number;
}

export const CountCard = ({ resource, icon: Icon, filter, label, testId, count }: Props) => {
  const translate = useTranslate();
  const resourceLabel = useGetResourceLabel()(resource, 2);
  const createPath = useCreatePath();
  const listed = useGetList(resource, { filter, pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' } }, { enabled: count === undefined });
  const [total, isPending, error] = count === undefined ? [listed.total, listed.isPending, listed.error] : [count, false, null];
  const to = createPath({ resource, type: 'list' }) + (filter ? `?filter=${encodeURIComponent(JSON.stringify(filter))}` : '');
  return (
    <Card sx={{ flex: '1 1 160px', minWidth: 150 }} data-testid={testId}>
      <CardActionArea component={Link} to={to}>
        <CardContent>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <Icon color={filter ? 'warning' : 'primary'} fontSize="large" />
            <div>
              <Typography variant="body2" color="text.secondary">
                {label ? translate(label) : resourceLabel}
              </Typography>
              <Typography variant="h5" component="p" sx={{ fontWeight: 600 }}>
                {isPending ? <Skeleton width={60} /> : error ? '—' : (total ?? 0).toLocaleString('zh-CN')}
              </Typography>
            </div>
          </Stack>
        </CardContent>
      </CardActionArea>
    </Card>
  );
};
