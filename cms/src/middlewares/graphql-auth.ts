// Every GraphQL operation needs a login (a user's JWT or an API token), over POST and GET alike;
// only the development playground page itself loads without one.
export default (_config: unknown, { strapi }: { strapi: any }) => async (ctx: any, next: () => Promise<void>) => {
  const endpoint = strapi.config.get('plugin::graphql.endpoint', '/graphql');
  if (ctx.path !== endpoint) return next();
  const playground = ctx.method === 'GET' && process.env.NODE_ENV !== 'production' && String(ctx.get('accept')).includes('text/html');
  if (!playground && !/^Bearer\s+\S+/i.test(ctx.get('authorization') ?? '')) {
    ctx.status = 401;
    ctx.body = { errors: [{ message: '请先登录：GraphQL 的每个请求都需要登录凭证（Authorization: Bearer …）', extensions: { code: 'UNAUTHENTICATED' } }] };
    return;
  }
  return next();
};
