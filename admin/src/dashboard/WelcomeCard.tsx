import { Card, CardContent, Typography } from '@mui/material';
import { useGetIdentity, useTranslate } from 'react-admin';
import type { Me } from '../types';

/** Who is signed in and what their account is bound to (township, organisation). */
export const WelcomeCard = ({ children }: { children?: React.ReactNode }) => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const me = identity as (Partial<Me> & { fullName?: string }) | undefined;
  return (
    <Card sx={{ background: 'linear-gradient(120deg, #b71c1c 0%, #c62828 60%, #e57373 100%)', color: '#fff' }}>
      <CardContent>
        <Typography variant="h5" component="h2" gutterBottom sx={{ fontWeight: 600 }}>
          {translate('app.dashboard.welcome', { name: me?.username ?? '' })}
        </Typography>
        {me?.roleName && <Typography variant="body1">{translate('app.dashboard.role', { role: me.roleName })}</Typography>}
        {me?.township && <Typography variant="body1">{translate('app.dashboard.township', { name: me.township.name })}</Typography>}
        {me?.partyOrganisation && (
          <Typography variant="body1">{translate('app.dashboard.organisation', { name: me.partyOrganisation.name })}</Typography>
        )}
        <Typography variant="body2" sx={{ mt: 1, opacity: 0.9 }}>
          {translate('app.dashboard.intro')}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
};
