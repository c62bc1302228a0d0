// How many records of a resource the caller can see: one list call for one row, reading only the
// total from Content-Range, so the dashboard stays cheap however large the county's ledgers grow.
import type { ComponentType } from 'react';
import { Card, CardActionArea, CardContent, Skeleton, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useCreatePath, useGetList, useGetResourceLabel } from 'react-admin';

interface Props {
  resource: string;
  icon: ComponentType<{ color?: 'primary'; fontSize?: 'large' }>;
}

export const CountCard = ({ resource, icon: Icon }: Props) => {
  const label = useGetResourceLabel()(resource, 2);
  const createPath = useCreatePath();
  const { total, isPending, error } = useGetList(resource, { pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' } });
  return (
    <Card sx={{ flex: '1 1 160px', minWidth: 150 }}>
      <CardActionArea component={Link} to={createPath({ resource, type: 'list' })}>
        <CardContent>
          <Stack direction="row" spacing={2} sx={{ alignItems: "center" }}>
            <Icon color="primary" fontSize="large" />
            <div>
              <Typography variant="body2" color="text.secondary">
                {label}
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
