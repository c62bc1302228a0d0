// The panel is served by the Strapi server at `/`, so assets live under /assets (the path its
// static middleware serves with long-lived caching). In development Vite proxies the API instead.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const api = process.env.API_URL ?? 'http://localhost:1337';

// Vendor code changes far less often than the panel; separate chunks keep browser caches warm and
// keep each file well under a megabyte.
const VENDOR_GROUPS: Array<[name: string, test: RegExp]> = [
  ['react', /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|@remix-run)[\\/]/],
  ['mui', /node_modules[\\/](@mui|@emotion|@popperjs|react-transition-group|stylis)[\\/]/],
  ['react-admin', /node_modules[\\/](react-admin|ra-[a-z-]+|@tanstack|react-hook-form|lodash|node-polyglot|inflection|query-string|date-fns)[\\/]/],
  ['charts', /node_modules[\\/](chart\.js|react-chartjs-2|@kurkle)[\\/]/],
  ['vendor', /node_modules[\\/]/],
];

export default defineConfig({
  base: '/',
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': api, '/ra': api },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: VENDOR_GROUPS.map(([name, test], i) => ({ name, test, priority: VENDOR_GROUPS.length - i })),
        },
      },
    },
  },
});
