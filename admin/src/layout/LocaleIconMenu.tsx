// The language switch as an icon, for the narrow app bar of a phone (the page title needs the room).
import { useState } from 'react';
import { IconButton, Menu, MenuItem } from '@mui/material';
import TranslateIcon from '@mui/icons-material/Translate';
import { useLocaleState, useLocales, useTranslate } from 'react-admin';

export const LocaleIconMenu = () => {
  const translate = useTranslate();
  const locales = useLocales();
  const [locale, setLocale] = useLocaleState();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <IconButton color="inherit" onClick={(e) => setAnchor(e.currentTarget)} aria-label={translate('app.language')}>
        <TranslateIcon />
      </IconButton>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        {locales.map((l) => (
          <MenuItem key={l.locale} selected={l.locale === locale} onClick={() => { setLocale(l.locale); setAnchor(null); }}>
            {l.name}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};
