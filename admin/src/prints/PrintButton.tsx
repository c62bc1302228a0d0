import { Button } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import type { PrintKind } from './types';

/** Opens a printable 台账 (its page records the print and its verification code). */
export const PrintButton = ({ kind, id, year }: { kind: PrintKind; id: string; year?: number }) => {
  const translate = useTranslate();
  return (
    <Button component={Link} to={`/print/${kind}/${id}${year ? `?year=${year}` : ''}`} size="small" startIcon={<PrintIcon />} data-testid={`print-${kind}`}>
      {translate(`app.print.${kind}`)}
    </Button>
  );
};
