// Chinese first: zh-CN is bundled and the default; English is fetched only when chosen. The chosen
// locale is kept by react-admin's store (localStorage), so it survives reloads.
import polyglotI18nProvider from 'ra-i18n-polyglot';
import zh from './zh';

export const DEFAULT_LOCALE = 'zh-CN';

export const i18nProvider = polyglotI18nProvider(
  (locale) => (locale === 'en' ? import('./en').then((m) => m.default) : zh),
  DEFAULT_LOCALE,
  [
    { locale: 'zh-CN', name: '简体中文' },
    { locale: 'en', name: 'English' },
  ],
);
