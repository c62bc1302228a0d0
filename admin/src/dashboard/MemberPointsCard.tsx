// A member's home: this year's total and ranks, straight from the kept totals.
import { Skeleton } from '@mui/material';
import { currentYear } from '../points/dates';
import { TotalCard } from '../my-points/TotalCard';
import { useMemberSummary } from '../my-points/useMemberSummary';

export const MemberPointsCard = () => {
  const { data, isPending, error } = useMemberSummary(currentYear());
  if (error) return null;
  if (isPending || !data) return <Skeleton variant="rounded" height={140} />;
  return <TotalCard summary={data.data} />;
};
