// The key signed file links use: derived from the app's secret keys, so it is as strong as they
// are and changes with them; links live FILE_LINK_TTL_MINUTES (15 by default).
import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import type { LinkKey } from './links';

let cached: LinkKey | undefined;

export function linkKey(strapi: Core.Strapi): LinkKey {
  if (cached) return cached;
  const keys = strapi.config.get('server.app.keys') as string[];
  const secret = crypto.createHash('sha256').update(`file-links:${keys.join(',')}`).digest('hex');
  const minutes = Number(process.env.FILE_LINK_TTL_MINUTES ?? 15);
  cached = { secret, ttlSeconds: (Number.isFinite(minutes) && minutes > 0 ? minutes : 15) * 60 };
  return cached;
}
