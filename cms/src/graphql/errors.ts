// GraphQL's own refusals (syntax, unknown fields, too deep) in Chinese, after Strapi's formatting of
// its own errors; the English original stays in extensions.en.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

const RULES: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^Syntax Error: (.*)$/s, (m) => `查询语法错误：${m[1]}`],
  [/^Cannot query field "([^"]+)" on type "([^"]+)"/, (m) => `类型 ${m[2]} 没有字段 ${m[1]}`],
  [/exceeds maximum operation depth of (\d+)/, (m) => `查询嵌套过深：最多 ${m[1]} 层`],
  [/^Unknown argument "([^"]+)"/, (m) => `未知参数：${m[1]}`],
  [/^Unknown type "([^"]+)"/, (m) => `未知类型：${m[1]}`],
  [/^Variable "\$([^"]+)"/, (m) => `变量 $${m[1]} 的值无效`],
  [/^Field "([^"]+)" (?:argument|of type)/, (m) => `字段 ${m[1]} 的参数或选择无效`],
  [/GraphQL introspection is not allowed/, () => '生产环境不提供 GraphQL 结构查询（introspection）'],
  [/^Must provide query string/, () => '请提供查询语句'],
  [/^Forbidden access$|^Forbidden$|^Policy Failed$/, () => '无权执行此操作'],
  [/^Unauthorized$|^Missing or invalid credentials$/, () => '请先登录'],
];

export function translateGraphqlError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const message = formatted.message ?? '';
  if (/[\u4e00-\u9fff]/.test(message)) return formatted;
  for (const [re, zh] of RULES) {
    const m = re.exec(message);
    if (m) return { ...formatted, message: zh(m), extensions: { ...(formatted.extensions ?? {}), en: message } };
  }
  return formatted;
}

export const isGraphQLError = (e: unknown): e is GraphQLError => e instanceof GraphQLError;
