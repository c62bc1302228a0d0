// How many records of a resource the caller can see: one list call for one row, reading only the
// total from Content-Range, so the dashboard stays cheap however large the county's ledgers grow.
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
}

export const CountCard = ({ resource, icon: Icon, filter, label, testId }: Props) => {
  const translate = useTranslate();
  const resourceLabel = useGetResourceLabel()(resource, 2);
  const createPath = useCreatePath();
  const { total, isPending, error } = useGetList(resource, { filter, pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' } });
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
