// ra-data-simple-rest over the server's /ra bridge, which speaks that dialect exactly; the only
// addition is the Bearer token on every call.
import { fetchUtils, type DataProvider } from 'react-admin';
import simpleRestProvider from 'ra-data-simple-rest';
import { getToken } from './session';

export const API_ROOT = '/ra';

export const httpClient = (url: string, options: fetchUtils.Options = {}) => {
  const headers = new Headers(options.headers ?? { Accept: 'application/json' });
  const token = getToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  return fetchUtils.fetchJson(url, { ...options, headers });
};

export const dataProvider: DataProvider = simpleRestProvider(API_ROOT, httpClient);
