// One member's year in points, phone first: total and ranks on top, then month/quarter, the line
// by month, the breakdown by rule and the history, stacked on a phone and in two columns on a desk.
import { Alert, Grid as Layout, Skeleton, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Section } from '../common/Section';
import { errorMessage } from '../points/api';
import type { Id } from '../types';
import { MonthlyChart } from './MonthlyChart';
import { PointsHistory } from './PointsHistory';
import { RuleBreakdown } from './RuleBreakdown';
import { PeriodStats, TotalCard } from './TotalCard';
import { useMemberSummary } from './useMemberSummary';
import { PrintButton } from '../prints/PrintButton';

interface Props {
  year: number;
  /** omitted: the signed-in member's own points */
  member?: Id;
}

export const MemberPointsView = ({ year, member }: Props) => {
  const translate = useTranslate();
  const { data, isPending, error } = useMemberSummary(year, member);
  if (error) {
    const message = errorMessage(error);
    return <Alert severity="warning">{translate(message, { _: message })}</Alert>;
  }
  if (isPending || !data) {
    return (
      <Stack spacing={2}>
        <Skeleton variant="rounded" height={140} />
        <Skeleton variant="rounded" height={72} />
        <Skeleton variant="rounded" height={260} />
      </Stack>
    );
  }
  const summary = data.data;
  return (
    <Layout container spacing={2}>
      <Layout size={{ xs: 12, md: 6 }}>
        <Stack spacing={2}>
          <TotalCard summary={summary} />
          <PeriodStats summary={summary} />
          <Section title="app.my_points.by_month">
            <MonthlyChart monthly={summary.monthly} />
          </Section>
          <Section title="app.my_points.by_rule">
            <RuleBreakdown rows={summary.byRule} />
          </Section>
        </Stack>
      </Layout>
      <Layout size={{ xs: 12, md: 6 }}>
        <Stack direction="row" sx={{ justifyContent: 'flex-end', mb: 1 }}><PrintButton kind="ledger" id={summary.member.id} year={year} /></Stack>
        <Section title="app.my_points.history">
          <PointsHistory key={`${summary.member.id}-${year}`} member={summary.member.id} year={year} />
        </Section>
      </Layout>
    </Layout>
  );
};
