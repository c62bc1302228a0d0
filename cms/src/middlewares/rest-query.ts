// Strapi's REST API takes `pagination[pageSize]=abc` or `pagination[page]=-1` and answers 200 with
// something; its own refusals ("Invalid key x") are in English. Here every malformed pagination and
// sort on /api is a 400 with a Chinese message before it reaches Strapi, and Strapi's own validation
// errors on /api get a Chinese message (the English one stays in details.en).
const MAX_PAGE_SIZE = 100;

const isInt = (v: unknown) => typeof v === 'string' && /^-?\d+$/.test(v);

function paginationProblem(p: unknown): string | null {
  if (p == null) return null;
  if (typeof p !== 'object' || Array.isArray(p)) return '分页参数 pagination 应为对象，例如 pagination[page]=1';
  const o = p as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!['page', 'pageSize', 'start', 'limit', 'withCount'].includes(key)) return `未知的分页参数：pagination[${key}]`;
  }
  const int = (key: string, min: number, max = Infinity) => {
    if (o[key] === undefined) return null;
    const v = o[key];
    if (!isInt(v) || Number(v) < min || Number(v) > max) {
      return `分页参数 pagination[${key}] 应为${max === Infinity ? `不小于 ${min} 的整数` : ` ${min}–${max} 之间的整数`}，收到：${String(v)}`;
    }
    return null;
  };
  const problem = int('page', 1) ?? int('pageSize', 1, MAX_PAGE_SIZE) ?? int('start', 0) ?? int('limit', 1, MAX_PAGE_SIZE);
  if (problem) return problem;
  if ((o.page !== undefined || o.pageSize !== undefined) && (o.start !== undefined || o.limit !== undefined)) {
    return '分页参数不能同时使用 page/pageSize 和 start/limit';
  }
  if (o.withCount !== undefined && !['true', 'false'].includes(String(o.withCount))) return '分页参数 pagination[withCount] 应为 true 或 false';
  return null;
}

function sortProblem(s: unknown): string | null {
  if (s == null) return null;
  const parts = typeof s === 'string' ? s.split(',') : Array.isArray(s) && s.every((x) => typeof x === 'string') ? s.flatMap((x) => x.split(',')) : null;
  if (!parts) return '排序参数 sort 应为 “字段:asc” 或 “字段:desc”';
  for (const part of parts) {
    if (!/^[A-Za-z_][\w.]*(:(asc|desc|ASC|DESC))?$/.test(part.trim())) return `排序参数无效：${part}（应为 “字段:asc” 或 “字段:desc”）`;
  }
  return null;
}

const ZH: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^Invalid key (.+)$/, (m) => `无效的字段或参数：${m[1]}`],
  [/^Invalid status/, () => '无效的状态参数'],
  [/^Invalid locale/, () => '无效的语言参数'],
];

function translate(error: any): void {
  if (!error || typeof error.message !== 'string' || /[\u4e00-\u9fff]/.test(error.message)) return;
  if (!['ValidationError', 'PaginationError'].includes(error.name)) return;
  const rule = ZH.map(([re, f]) => [re.exec(error.message), f] as const).find(([m]) => m);
  error.details = { ...(error.details ?? {}), en: error.message };
  error.message = rule ? rule[1](rule[0]!) : `请求参数无效：${error.message}`;
}

export default () => async (ctx: any, next: () => Promise<void>) => {
  // Login answers are translated by auth-messages; a client that prefers English keeps Strapi's words.
  if (!ctx.path.startsWith('/api/') || ctx.path.startsWith('/api/auth/')) return next();
  if (ctx.method === 'GET') {
    const problem = paginationProblem(ctx.query?.pagination) ?? sortProblem(ctx.query?.sort);
    if (problem) {
      ctx.status = 400;
      ctx.body = { data: null, error: { status: 400, name: 'ValidationError', message: problem, details: { param: ctx.query?.pagination !== undefined && paginationProblem(ctx.query.pagination) ? 'pagination' : 'sort' } } };
      return;
    }
  }
  const english = ctx.acceptsLanguages('zh', 'zh-CN', 'en') === 'en';
  try {
    await next();
  } catch (error) {
    if (!english) translate(error);
    throw error;
  }
  if (!english) translate(ctx.body?.error);
};
