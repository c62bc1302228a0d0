import { Login, LoginForm, useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';
import FlagIcon from '@mui/icons-material/Flag';

/** react-admin's login form (fields `username` / `password`) under the platform's name. */
export const LoginPage = () => {
  const translate = useTranslate();
  return (
    <Login
      avatarIcon={<FlagIcon />}
      sx={{
        background: 'linear-gradient(160deg, #b71c1c 0%, #c62828 45%, #f3e5e5 100%)',
        '& .RaLogin-icon': { bgcolor: 'primary.main' },
      }}
    >
      <Box sx={{ px: 2, pb: 1, textAlign: 'center' }}>
        <Typography variant="h6" component="h1" sx={{ fontWeight: 600 }}>
          {translate('app.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('app.login_subtitle')}
        </Typography>
      </Box>
      <LoginForm />
    </Login>
  );
};
