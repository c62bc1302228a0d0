// The year's total, big, with this month, this quarter and the base points beside it, and the
// member's rank in branch and township.
import { Card, CardContent, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatTenths } from '../points/tenths';
import { StatCard } from './StatCard';
import type { MemberSummary, Rank } from './useMemberSummary';

export const TotalCard = ({ summary }: { summary: MemberSummary }) => {
  const translate = useTranslate();
  const rank = (r: Rank | null) => (r ? translate('app.my_points.rank_value', { rank: r.rank, of: r.of }) : '—');
  return (
    <Card sx={{ background: 'linear-gradient(120deg, #b71c1c 0%, #c62828 60%, #e57373 100%)', color: '#fff' }}>
      <CardContent>
        <Typography variant="body2" sx={{ opacity: 0.9 }}>
          {translate('app.my_points.total', { year: summary.year, name: summary.member.name })}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline' }}>
          <Typography variant="h2" component="p" sx={{ fontWeight: 700, lineHeight: 1.1 }} data-testid="my-points-total">
            {formatTenths(summary.totalTenths)}
          </Typography>
          <Typography variant="h6" component="span">
            {translate('app.points.unit')}
          </Typography>
        </Stack>
        <Stack direction="row" spacing={2} useFlexGap sx={{ mt: 1, flexWrap: 'wrap' }}>
          <Typography variant="body2" data-testid="my-points-branch-rank">
            {translate('app.my_points.branch_rank')} {rank(summary.rank.branch)}
          </Typography>
          <Typography variant="body2" data-testid="my-points-township-rank">
            {translate('app.my_points.township_rank')} {rank(summary.rank.township)}
          </Typography>
          {summary.rank.county && (
            <Typography variant="body2" data-testid="my-points-county-rank">
              {translate('app.my_points.county_rank')} {rank(summary.rank.county)}
            </Typography>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
};

export const PeriodStats = ({ summary }: { summary: MemberSummary }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1}>
      <StatCard label={translate('app.my_points.month')} value={formatTenths(summary.monthTenths, { signed: true }) || '0'} testId="my-points-month" />
      <StatCard label={translate('app.my_points.quarter')} value={formatTenths(summary.quarterTenths, { signed: true }) || '0'} testId="my-points-quarter" />
      <StatCard label={translate('app.my_points.base')} value={formatTenths(summary.baseTenths)} />
    </Stack>
  );
};
