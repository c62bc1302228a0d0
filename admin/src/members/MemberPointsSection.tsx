// This year's points on a member's page: total and ranks from the kept totals, and the way to the
// full view — 党员积分 for staff, 我的积分 for the member themselves.
import { Button, Skeleton, Stack, Typography } from '@mui/material';
import StarsIcon from '@mui/icons-material/Stars';
import { Link } from 'react-router-dom';
import { usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { Section } from '../common/Section';
import { currentYear } from '../points/dates';
import { formatTenths } from '../points/tenths';
import { useMemberSummary, type Rank } from '../my-points/useMemberSummary';
import type { Member } from '../types';

export const MemberPointsSection = () => {
  const record = useRecordContext<Member>();
  const translate = useTranslate();
  const { permissions } = usePermissions();
  const year = currentYear();
  const { data, isPending, error } = useMemberSummary(year, record?.id);
  if (!record || error) return null;
  const isMember = permissions === 'member';
  const rank = (r: Rank | null | undefined) => (r ? translate('app.my_points.rank_value', { rank: r.rank, of: r.of }) : '—');
  const summary = data?.data;
  return (
    <Section title="app.member.points">
      {isPending || !summary ? (
        <Skeleton height={64} />
      ) : (
        <Stack spacing={1} data-testid="member-points-summary">
          <Typography>
            {translate('app.member.points_total', { year })}
            <Typography component="span" variant="h5" sx={{ fontWeight: 700, color: 'primary.main', mx: 0.5 }}>
              {formatTenths(summary.totalTenths)}
            </Typography>
            {translate('app.points.unit')}
          </Typography>
          <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', color: 'text.secondary', typography: 'body2' }}>
            <span>{translate('app.my_points.branch_rank')} {rank(summary.rank.branch)}</span>
            <span>{translate('app.my_points.township_rank')} {rank(summary.rank.township)}</span>
          </Stack>
          <div>
            <Button component={Link} to={isMember ? '/my-points' : `/my-points?member=${encodeURIComponent(record.id)}`} variant="outlined" size="small" startIcon={<StarsIcon />}>
              {translate(isMember ? 'app.menu.my_points' : 'app.member.open_points')}
            </Button>
          </div>
        </Stack>
      )}
    </Section>
  );
};
