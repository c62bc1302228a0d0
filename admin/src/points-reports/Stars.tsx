import { Box } from '@mui/material';
import { useTranslate } from 'react-admin';

/** 0–5 stars as ★★★☆☆. */
export const Stars = ({ count }: { count: number }) => {
  const translate = useTranslate();
  const n = Math.max(0, Math.min(5, Math.round(count)));
  return (
    <Box component="span" sx={{ color: 'warning.main', letterSpacing: 1, whiteSpace: 'nowrap' }} aria-label={translate('app.ranking.stars_value', { smart_count: n })} title={translate('app.ranking.stars_value', { smart_count: n })}>
      {'★'.repeat(n)}
      <Box component="span" sx={{ color: 'grey.300' }}>{'★'.repeat(5 - n)}</Box>
    </Box>
  );
};
