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
  const memberId = (identity as Partial<Me> | undefined)?.member?.id;
  if (!memberId) {
    return (
      <Box sx={{ mt: 2 }}>
        <Title title="app.member.profile" />
        <Alert severity="info">{translate('app.member.not_linked')}</Alert>
      </Box>
    );
  }
  return (
    <Show resource="members" id={memberId} actions={false} title="app.member.profile">
      <MemberShowLayout />
    </Show>
  );
};
