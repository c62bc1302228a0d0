// The servers these tests start run the compiled app: compile it once (when its sources changed).
import { compileIfChanged } from '../../scripts/strapi';

export default async function setup() {
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  await compileIfChanged();
}
