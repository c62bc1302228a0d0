// Where Debian's Chromium is. Its own module because the global setup runs outside vitest's
// transform, where importing browser.ts (and through it the server's modules) fails to resolve.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
