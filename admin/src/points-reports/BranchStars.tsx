// 支部星级: branches by their points (members' plus the branch's own), county rank and stars; picking
// one shows its 年度评定建议 below.
import { useState } from 'react';
import { Stack } from '@mui/material';
import { Section } from '../common/Section';
import { formatTenths } from '../points/tenths';
import { usePointsQuery } from '../points/api';
import type { Id } from '../types';
import { GradeSuggestions } from './GradeSuggestions';
import { ReportTable, type Column } from './ReportTable';
import { Stars } from './Stars';
import { usePaged } from './usePaged';

interface BranchRow {
  id: Id;
  name: string;
  membersTenths: number;
  ownTenths: number;
  totalTenths: number;
  countyRank: number;
  stars: number;
}

const COLUMNS: Column<BranchRow>[] = [
  { key: 'rank', label: 'app.ranking.county_rank', render: (r) => r.countyRank, align: 'right' },
  { key: 'name', label: 'app.ranking.branch', render: (r) => r.name },
  { key: 'stars', label: 'app.ranking.stars', render: (r) => <Stars count={r.stars} /> },
  { key: 'members', label: 'app.ranking.members_points', render: (r) => formatTenths(r.membersTenths), align: 'right', wide: true },
  { key: 'own', label: 'app.ranking.own_points', render: (r) => formatTenths(r.ownTenths), align: 'right', wide: true },
  { key: 'total', label: 'app.ranking.total', render: (r) => formatTenths(r.totalTenths), align: 'right' },
];

export const BranchStars = ({ year, township }: { year: number; township?: Id }) => {
  const paging = usePaged();
  const [branch, setBranch] = useState<BranchRow | null>(null);
  const { data, isPending, error } = usePointsQuery<BranchRow[]>('/branches', { year, township, range: paging.range });
  return (
    <Stack spacing={2}>
      <ReportTable
        rows={data?.data}
        total={data?.total}
        columns={COLUMNS}
        rowKey={(r) => r.id}
        isPending={isPending}
        error={error}
        paging={paging}
        onRowClick={setBranch}
        selected={branch?.id}
        testId="branch-stars"
      />
      <Section title="app.ranking.grades">
        <GradeSuggestions year={year} branch={branch} />
      </Section>
    </Stack>
  );
};
