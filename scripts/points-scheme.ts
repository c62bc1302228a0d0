// `npm run points:scheme -- <code>`: activates a published points scheme from config/points-schemes.json
// (creating its rules where missing) and deactivates the others. Without a code, lists the schemes.
import { loadStrapi } from './strapi';
import { listSchemes, loadScheme } from '../cms/src/points/schemes';

async function main() {
  const code = process.argv[2];
  const strapi = await loadStrapi();
  strapi.log.level = 'warn';
  try {
    if (!code) {
      for (const s of await listSchemes(strapi)) console.log(`${s.active ? '*' : ' '} ${s.code.padEnd(10)} ${s.name}（${s.rules} 条规则）`);
      return;
    }
    console.log(await loadScheme(strapi, code));
  } finally {
    await strapi.destroy();
  }
}

main().then(() => process.exit(0), (e) => { console.error(e.message ?? e); process.exit(1); });
