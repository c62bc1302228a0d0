// Party-building red on react-admin's default theme; Chinese system fonts first so text renders
// crisply on Windows office PCs and on phones alike.
import { defaultLightTheme, type RaThemeOptions } from 'react-admin';
import { deepmerge } from '@mui/utils';
import { zhCN } from '@mui/material/locale';

const RED = '#c62828';
const DEEP_RED = '#9a0007';

// MUI's own strings (pagers, autocompletes, date pickers) in Chinese; the panel's screens pass their
// texts through i18n, so those follow the chosen language.
export const lightTheme: RaThemeOptions = deepmerge(deepmerge(defaultLightTheme, zhCN as RaThemeOptions), {
  palette: {
    primary: { main: RED, contrastText: '#fff' },
    // react-admin paints its app bar in the secondary colour.
    secondary: { main: DEEP_RED, contrastText: '#fff' },
    background: { default: '#f7f5f5' },
  },
  typography: {
    fontFamily: [
      '"PingFang SC"', '"Microsoft YaHei"', '"Noto Sans CJK SC"', '"Source Han Sans SC"',
      'Roboto', '"Helvetica Neue"', 'Arial', 'sans-serif',
    ].join(','),
  },
  shape: { borderRadius: 8 },
  components: {
    MuiChip: { defaultProps: { size: 'small' } },
  },
} satisfies RaThemeOptions);
