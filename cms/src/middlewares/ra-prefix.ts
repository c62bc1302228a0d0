// Strapi mounts every API route under /api; the bridge lives at /ra (DESIGN.md), so /ra/… is
// routed to the same handlers, with the same authentication and permissions, as /api/ra/….
export default () => async (ctx: any, next: () => Promise<void>) => {
  if (ctx.path === '/ra' || ctx.path.startsWith('/ra/')) ctx.path = `/api${ctx.path}`;
  return next();
};
