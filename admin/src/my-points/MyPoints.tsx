// 我的积分 (/my-points). A member sees their own points; staff pick a member in their scope (kept in
// the address as ?member=… so a leaderboard row can link here) and see the same view.
import { useState } from 'react';
import { Alert, Box, Stack } from '@mui/material';
import { Loading, Title, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { currentYear } from '../points/dates';
import type { Me } from '../types';
import { MemberPicker } from './MemberPicker';
import { MemberPointsView } from './MemberPointsView';
import { YearSelect } from './YearSelect';

export const MyPoints = () => {
  const translate = useTranslate();
  const { permissions: role, isPending: roleLoading } = usePermissions();
  const { identity, isPending: identityLoading } = useGetIdentity();
  const [params, setParams] = useSearchParams();
  const [year, setYear] = useState(currentYear);
  if (roleLoading || identityLoading) return <Loading />;

  const isMember = role === 'member';
  const own = (identity as Partial<Me> | undefined)?.member?.id ?? null;
  const picked = params.get('member');
  const member = isMember ? own : (picked ?? own);
  const pick = (id: string | null) => setParams(id ? { member: id } : {}, { replace: true });

  return (
    <Box sx={{ mt: { xs: 1, sm: 2 }, mb: 2, maxWidth: '100%', overflowX: 'hidden' }}>
      <Title title={isMember ? 'app.my_points.title' : 'app.my_points.staff_title'} />
      <Stack direction="row" spacing={1} useFlexGap sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        {!isMember && <MemberPicker value={member} onChange={pick} />}
        <YearSelect value={year} onChange={setYear} />
      </Stack>
      {member ? (
        // Members call /me without `member`: the server knows who they are.
        <MemberPointsView year={year} member={isMember ? undefined : member} />
      ) : (
        <Alert severity="info">{translate(isMember ? 'app.member.not_linked' : 'app.my_points.pick_prompt')}</Alert>
      )}
    </Box>
  );
};
