// `npm run seed`: loads the demo county into the configured database. Safe to run again.
import { loadStrapi } from './strapi';
import { seedCounty } from '../seeds';

async function main() {
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
