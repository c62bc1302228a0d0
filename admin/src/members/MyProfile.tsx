// 我的信息: a member's own record, reached from the menu. The server only lets a member read their
// own row; the id comes from /ra/_me.
import { Alert, Box } from '@mui/material';
import { Loading, Show, Title, useGetIdentity, useTranslate } from 'react-admin';
import type { Me } from '../types';
import { MemberShowLayout } from './MemberShowLayout';

export const MyProfile = () => {
  const translate = useTranslate();
  const { identity, isPending } = useGetIdentity();
  if (isPending) return <Loading />;
  const me = identity as Partial<Me> | undefined;
  const memberId = me?.member?.id;
  if (!memberId) {
    return (
      <Box sx={{ mt: 2 }}>
        <Title title="app.member.profile" />
        <Alert severity="info">{translate('app.member.not_linked')}</Alert>
      </Box>
    );
  }
  // Members cannot read organisation records, so their branch and township come as names from /ra/_me.
  const place = [me?.partyOrganisation?.name, me?.township?.name].filter(Boolean).join(' · ');
  return (
    <>
      {place && (
        <Alert severity="info" icon={false} sx={{ mt: 2 }} data-testid="my-profile-place">
          {place}
        </Alert>
      )}
      <Show resource="members" id={memberId} actions={false} title="app.member.profile">
        <MemberShowLayout />
      </Show>
    </>
  );
};
