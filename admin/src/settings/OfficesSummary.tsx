// A template's offices (机构清单) as people read them: 名称 and 类别 (办/局/中心), never JSON.
import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { enumKey } from '../common/enumChoices';

export interface OfficeRow {
  name: string;
  kind: string;
}

const asRows = (value: unknown): OfficeRow[] => (Array.isArray(value) ? (value as OfficeRow[]) : []);

/** 一办七局一中心's shape as counted: "1 办 · 7 局 · 1 中心". */
export function useOfficeCounts() {
  const translate = useTranslate();
  return (value: unknown) => {
    const rows = asRows(value);
    const count = (kind: string) => rows.filter((o) => o.kind === kind).length;
    return translate('app.settings.office_counts', { office: count('office'), bureau: count('bureau'), centre: count('centre') });
  };
}

export const OfficesSummary = ({ value, compact = false }: { value: unknown; compact?: boolean }) => {
  const translate = useTranslate();
  const counts = useOfficeCounts();
  const rows = asRows(value);
  if (compact) return <span>{counts(value)}</span>;
  return (
    <Table size="small" data-testid="offices-summary">
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.settings.office_name')}</TableCell>
          <TableCell>{translate('app.settings.office_kind')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((o, i) => (
          <TableRow key={`${o.name}-${i}`}>
            <TableCell>{o.name}</TableCell>
            <TableCell>{translate(enumKey('offices', 'kind', o.kind), { _: o.kind })}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
