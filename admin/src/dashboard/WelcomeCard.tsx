import { Card, CardContent, Typography } from '@mui/material';
import { useGetIdentity, useTranslate } from 'react-admin';
import { personName } from '../authProvider';
import type { Me } from '../types';

/** Who is signed in, by name, and where they work: their organisation or township, and their role. */
export const WelcomeCard = ({ children }: { children?: React.ReactNode }) => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const me = (identity ?? {}) as Partial<Me>;
  const unit = me.partyOrganisation?.name ?? me.township?.name ?? (me.role === 'county' ? translate('app.dashboard.county_unit') : null);
  return (
    <Card sx={{ background: 'linear-gradient(120deg, #b71c1c 0%, #c62828 60%, #e57373 100%)', color: '#fff' }}>
      <CardContent>
        <Typography variant="h5" component="h2" gutterBottom sx={{ fontWeight: 600 }} data-testid="welcome-name">
          {translate('app.dashboard.welcome', { name: personName(me) })}
        </Typography>
        <Typography variant="body1" data-testid="welcome-unit">
          {[unit, me.roleName].filter(Boolean).join(' · ')}
        </Typography>
        {me.role === 'member' && me.township && me.partyOrganisation && (
          <Typography variant="body2" sx={{ opacity: 0.9 }}>{me.township.name}</Typography>
        )}
        <Typography variant="body2" sx={{ mt: 1, opacity: 0.9 }}>
          {translate(me.role === 'member' ? 'app.dashboard.intro_member' : 'app.dashboard.intro')}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
};
