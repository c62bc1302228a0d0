// A small table for the report endpoints: loading and error states, an optional click per row, and
// the server's total in a paginator.
import type { ReactNode } from 'react';
import {
  Alert, LinearProgress, Table, TableBody, TableCell, TableContainer, TableHead, TablePagination, TableRow, Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { errorMessage } from '../points/api';
import type { usePaged } from './usePaged';

export interface Column<T> {
  key: string;
  /** i18n key */
  label: string;
  render: (row: T) => ReactNode;
  align?: 'left' | 'right' | 'center';
  /** hidden below 600 px */
  wide?: boolean;
}

interface Props<T> {
  rows: T[] | undefined;
  total: number | null | undefined;
  columns: Column<T>[];
  rowKey: (row: T) => string;
  isPending: boolean;
  error: unknown;
  paging: ReturnType<typeof usePaged>;
  onRowClick?: (row: T) => void;
  selected?: string | null;
  testId?: string;
}

const wideOnly = { display: { xs: 'none', sm: 'table-cell' } };

export function ReportTable<T>({ rows, total, columns, rowKey, isPending, error, paging, onRowClick, selected, testId }: Props<T>) {
  const translate = useTranslate();
  if (error) {
    const message = errorMessage(error);
    return <Alert severity="warning">{translate(message, { _: message })}</Alert>;
  }
  return (
    <>
      {isPending && <LinearProgress />}
      <TableContainer>
        <Table size="small" data-testid={testId}>
          <TableHead>
            <TableRow>
              {columns.map((c) => (
                <TableCell key={c.key} align={c.align} sx={c.wide ? wideOnly : undefined}>
                  {translate(c.label)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows?.map((row) => (
              <TableRow
                key={rowKey(row)}
                hover={!!onRowClick}
                selected={selected === rowKey(row)}
                onClick={onRowClick ? () => onRowClick(row) : undefined}
                sx={onRowClick ? { cursor: 'pointer' } : undefined}
              >
                {columns.map((c) => (
                  <TableCell key={c.key} align={c.align} sx={c.wide ? wideOnly : undefined}>
                    {c.render(row)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {!isPending && !rows?.length && (
        <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
          {translate('ra.navigation.no_results')}
        </Typography>
      )}
      <TablePagination
        component="div"
        count={total ?? rows?.length ?? 0}
        page={paging.page}
        rowsPerPage={paging.perPage}
        rowsPerPageOptions={[10, 25, 50]}
        onPageChange={(_, p) => paging.setPage(p)}
        onRowsPerPageChange={(e) => paging.setPerPage(Number(e.target.value))}
        labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
        labelDisplayedRows={({ from, to, count }) =>
          translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count.toLocaleString('zh-CN') })}
        getItemAriaLabel={(type) => translate(`app.ranking.page_${type}`)}
      />
    </>
  );
}
