import { Box, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ImportProblem } from './api';

/** The problems per row, in the spreadsheet's own row numbers; scrolls inside itself on a phone. */
export const ProblemTable = ({ problems }: { problems: ImportProblem[] }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ maxHeight: 400, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Table size="small" stickyHeader data-testid="import-problems">
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 56 }}>{translate('app.import.row')}</TableCell>
            <TableCell sx={{ width: 120 }}>{translate('app.import.column')}</TableCell>
            <TableCell>{translate('app.import.problem')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {problems.map((p, i) => (
            <TableRow key={`${p.row}-${i}`}>
              <TableCell>{p.row}</TableCell>
              <TableCell>{p.column ?? ''}</TableCell>
              <TableCell sx={{ wordBreak: 'break-all' }}>{p.message}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
