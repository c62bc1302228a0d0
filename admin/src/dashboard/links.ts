// A dashboard link (a list with a filter, or a page) as a route in the panel.
import type { ListLink } from './types';

export function linkPath(link: ListLink, extraFilter: Record<string, unknown> = {}): string {
  const filter = { ...(link.filter ?? {}), ...extraFilter };
  if (link.path) {
    const query = new URLSearchParams(link.query ?? {}).toString();
    return `${link.path}${query ? `?${query}` : ''}`;
  }
  const keys = Object.keys(filter);
  return `/${link.resource}${keys.length ? `?filter=${encodeURIComponent(JSON.stringify(filter))}` : ''}`;
}
