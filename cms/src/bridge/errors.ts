// Any failure under the bridge becomes { message, name, details } with its HTTP status, which is
// the body react-admin's fetchJson reads its message from. Unknown errors stay 500 and are logged.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { BridgeError } from './http-error';
import { BUSY_MESSAGE, isBusy, isDatabaseUnavailable, UNAVAILABLE_MESSAGE } from '../db/unavailable';

const STATUS: Array<[new (...args: any[]) => Error, number]> = [
  [errors.UnauthorizedError, 401],
  [errors.ForbiddenError, 403],
  [errors.PolicyError, 403],
  [errors.NotFoundError, 404],
  [errors.PayloadTooLargeError, 413],
  [errors.RateLimitError, 429],
];

export function errorResponse(strapi: Core.Strapi, error: any): { status: number; body: Record<string, unknown> } {
  if (isDatabaseUnavailable(error)) return { status: 503, body: { message: isBusy(error) ? BUSY_MESSAGE : UNAVAILABLE_MESSAGE, name: 'ServiceUnavailableError' } };
  if (error instanceof BridgeError) return { status: error.status, body: { message: error.message, name: 'BridgeError', details: error.details } };
  if (error instanceof errors.ApplicationError) {
    const status = STATUS.find(([cls]) => error instanceof cls)?.[1] ?? 400;
    return { status, body: { message: error.message, name: error.name, details: (error as any).details ?? {} } };
  }
  if (typeof error?.status === 'number' && error.status < 500 && error.expose !== false) {
    return { status: error.status, body: { message: error.message, name: error.name, details: error.details ?? {} } };
  }
  strapi.log.error(error);
  return { status: 500, body: { message: '服务器内部错误', name: 'InternalServerError' } };
}

/** A Koa handler that answers any thrown error as `errorResponse` does. */
export function respond(strapi: Core.Strapi, fn: (ctx: any) => Promise<void>) {
  return async (ctx: any) => {
    try {
      await fn(ctx);
    } catch (error) {
      const { status, body } = errorResponse(strapi, error);
      ctx.status = status;
      ctx.body = body;
    }
  };
}
