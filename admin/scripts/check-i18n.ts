// Fails when the Chinese and English message sets do not have the same keys, so a label can never
// silently fall back to a raw key in one language. Run: npm run i18n:check --workspace admin
import zh from '../src/i18n/zh';
import en from '../src/i18n/en';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)));
}

const zhKeys = new Set(keys(zh as unknown as Tree));
const enKeys = new Set(keys(en as unknown as Tree));
const missing = [...enKeys].filter((k) => !zhKeys.has(k));
const extra = [...zhKeys].filter((k) => !enKeys.has(k));

for (const k of missing) console.error(`missing in zh: ${k}`);
for (const k of extra) console.error(`missing in en: ${k}`);
if (missing.length || extra.length) process.exit(1);
console.log(`i18n: ${zhKeys.size} keys, zh and en match`);
