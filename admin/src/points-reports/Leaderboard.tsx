// 积分排行: members of the whole county, a township or one branch by the year's total. Ties share
// a rank. A row opens that member's points.
import { useNavigate } from 'react-router-dom';
import { formatTenths } from '../points/tenths';
import { usePointsQuery } from '../points/api';
import type { Id } from '../types';
import { ReportTable, type Column } from './ReportTable';
import { usePaged } from './usePaged';

export interface LeaderRow {
  id: Id;
  name: string;
  code: string | null;
  branch: string | null;
  branchId: Id | null;
  township: string | null;
  totalTenths: number;
  rank: number;
}

const COLUMNS: Column<LeaderRow>[] = [
  { key: 'rank', label: 'app.ranking.rank', render: (r) => r.rank, align: 'right' },
  { key: 'name', label: 'resources.members.fields.name', render: (r) => r.name },
  { key: 'code', label: 'resources.members.fields.code', render: (r) => r.code ?? '—', wide: true },
  { key: 'branch', label: 'resources.members.fields.partyOrganisation', render: (r) => r.branch ?? '—', wide: true },
  { key: 'total', label: 'app.ranking.total', render: (r) => formatTenths(r.totalTenths), align: 'right' },
];

const TOWNSHIP_COLUMN: Column<LeaderRow> = { key: 'township', label: 'resources.members.fields.township', render: (r) => r.township ?? '—', wide: true };

interface Props {
  year: number;
  /** neither township nor branch: the whole county (county staff) or the caller's own township */
  township?: Id | null;
  branch?: Id | null;
  showTownship?: boolean;
}

export const Leaderboard = ({ year, township, branch, showTownship }: Props) => {
  const navigate = useNavigate();
  const paging = usePaged();
  const { data, isPending, error } = usePointsQuery<LeaderRow[]>(
    '/leaderboard',
    { year, ...(branch ? { branch } : township ? { township } : {}), range: paging.range },
  );
  const columns = showTownship ? [...COLUMNS.slice(0, 3), TOWNSHIP_COLUMN, ...COLUMNS.slice(3)] : COLUMNS;
  return (
    <ReportTable
      rows={data?.data}
      total={data?.total}
      columns={columns}
      rowKey={(r) => r.id}
      isPending={isPending}
      error={error}
      paging={paging}
      onRowClick={(r) => navigate(`/my-points?member=${encodeURIComponent(r.id)}`)}
      testId="leaderboard"
    />
  );
};
