import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'api',
          include: ['test/api/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/api/global-setup.ts'],
          // One real Strapi per worker, shared by the files that worker runs (booting takes seconds).
          pool: 'forks',
          isolate: false,
          maxWorkers: process.env.DATABASE_CLIENT === 'postgres' ? 1 : 2,
          testTimeout: 60_000,
          // The first file in a worker boots and seeds its server (minutes on PostgreSQL on a busy machine).
          hookTimeout: 360_000,
        },
      },
      {
        test: {
          // Servers as separate processes on PostgreSQL and Redis: clusters, crashes, restarts, backups.
          name: 'ops',
          include: ['test/ops/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/ops/global-setup.ts'],
          pool: 'forks',
          maxWorkers: 1,
          fileParallelism: false,
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          pool: 'forks',
          isolate: false,
          maxWorkers: 1,
          // The role walk opens every screen of the county's menu twice (1440 px and 375 px).
          testTimeout: 300_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
