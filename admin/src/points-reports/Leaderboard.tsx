// 积分排行: members of a township (or of one branch) by the year's total. Ties share a rank.
// A row opens that member's points.
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

export const Leaderboard = ({ year, township, branch }: { year: number; township?: Id; branch?: Id }) => {
  const navigate = useNavigate();
  const paging = usePaged();
  const enabled = !!(township || branch);
  const { data, isPending, error } = usePointsQuery<LeaderRow[]>(
    '/leaderboard',
    { year, ...(branch ? { branch } : { township }), range: paging.range },
    { enabled },
  );
  return (
    <ReportTable
      rows={data?.data}
      total={data?.total}
      columns={COLUMNS}
      rowKey={(r) => r.id}
      isPending={enabled && isPending}
      error={error}
      paging={paging}
      onRowClick={(r) => navigate(`/my-points?member=${encodeURIComponent(r.id)}`)}
      testId="leaderboard"
    />
  );
};
