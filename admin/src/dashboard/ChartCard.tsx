import type { ReactNode } from 'react';
import { Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';

/** A dashboard card: a title, a one-line summary, the chart, and the list it was counted from. */
export const ChartCard = ({ title, summary, to, children, testId }: { title: string; summary?: ReactNode; to?: string; children: ReactNode; testId?: string }) => {
  const translate = useTranslate();
  return (
    <Card sx={{ minWidth: 0 }} data-testid={testId}>
      <CardContent>
        <Stack direction="row" sx={{ alignItems: 'baseline', justifyContent: 'space-between', gap: 1, flexWrap: 'wrap', mb: 1 }}>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>{title}</Typography>
          {to && <Button component={Link} to={to} size="small">{translate('app.dashboard.open_list')}</Button>}
        </Stack>
        {summary && <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{summary}</Typography>}
        {children}
      </CardContent>
    </Card>
  );
};
