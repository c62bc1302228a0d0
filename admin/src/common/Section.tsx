import type { ReactNode } from 'react';
import { Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A titled card grouping part of a show page; `title` is an i18n key. */
export const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="subtitle1" component="h3" gutterBottom sx={{ fontWeight: 600 }}>
          {translate(title, { smart_count: 2 })}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
};
