// koa2-ratelimit ships no types: what the Redis login-limit store uses of it.
declare module 'koa2-ratelimit' {
  export const Stores: { Store: new () => object };
}
