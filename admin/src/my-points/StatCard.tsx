import type { ReactNode } from 'react';
import { Card, CardContent, Typography } from '@mui/material';

/** A label over one number, e.g. 本月 +3. */
export const StatCard = ({ label, value, testId }: { label: string; value: ReactNode; testId?: string }) => (
  <Card variant="outlined" sx={{ flex: '1 1 0', minWidth: 0 }}>
    <CardContent sx={{ p: 1.5, '&:last-child': { pb: 1.5 } }}>
      <Typography variant="caption" color="text.secondary" component="p" noWrap>
        {label}
      </Typography>
      <Typography variant="h6" component="p" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }} data-testid={testId}>
        {value}
      </Typography>
    </CardContent>
  </Card>
);
