// Login errors come from users-permissions in English; people read them in the panel's login
// form, so answer in Chinese unless the browser prefers English (the original stays in details.en).
const ZH: Record<string, string> = {
  'Invalid identifier or password': '用户名或密码错误',
  'Too many requests, please try again later.': '登录尝试过于频繁，请稍后再试',
  'Your account has been blocked by an administrator': '账号已被管理员停用',
  'Your account email is not confirmed': '账号尚未激活',
  'Missing or invalid credentials': '登录已失效，请重新登录',
};

function translate(ctx: any, error: any): void {
  if (!error || typeof error.message !== 'string' || !ZH[error.message]) return;
  if (ctx.acceptsLanguages('zh', 'zh-CN', 'en') === 'en') return;
  error.details = { ...(error.details ?? {}), en: error.message };
  error.message = ZH[error.message];
}

// Errors are thrown up to strapi::errors, which formats them, or already set as the body.
export default () => async (ctx: any, next: () => Promise<void>) => {
  try {
    await next();
  } catch (error) {
    translate(ctx, error);
    throw error;
  }
  translate(ctx, ctx.body?.error);
};
