// `npm run seed`: loads the demo county into the configured database. Safe to run again.
import { loadStrapi } from './strapi';
import { seedCounty } from '../seeds';

async function main() {
  if (process.env.NODE_ENV === 'production') throw new Error('演示数据（含公开密码的演示账号）不能载入生产环境（NODE_ENV=production）');
  const strapi = await loadStrapi();
  try {
    await seedCounty(strapi, { log: (l) => console.log(l), demoLogins: true });
  } finally {
    await strapi.destroy();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
