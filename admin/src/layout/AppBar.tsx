import { AppBar as RaAppBar, LocalesMenuButton, TitlePortal, useTranslate } from 'react-admin';
import { Box, Typography, useMediaQuery, type Theme } from '@mui/material';
import { GlobalSearch } from './GlobalSearch';
import { LocaleIconMenu } from './LocaleIconMenu';

/** App title on wide screens, the page title everywhere, the global search and the language switch. */
export const AppBar = () => {
  const translate = useTranslate();
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  return (
    <RaAppBar color="secondary" toolbar={isSmall ? <LocaleIconMenu /> : <LocalesMenuButton />}>
      {!isSmall && (
        <Typography variant="subtitle1" sx={{ fontWeight: 600, mr: 2, whiteSpace: 'nowrap' }}>
          {translate('app.title')}
        </Typography>
      )}
      <TitlePortal />
      <Box sx={{ flex: 1 }} />
      <GlobalSearch />
    </RaAppBar>
  );
};
