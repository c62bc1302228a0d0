// Strapi compiles the app's TypeScript on every start (~10 s here). The compiled output is reused when
// nothing it is made from changed: a stamp of every source file's path, size and mtime is kept beside it.
import crypto from 'crypto';
import fs from 'fs';
import path from 'path';

const SOURCES = ['src', 'config', 'tsconfig.json', 'package.json'];

function walk(p: string, out: string[]): void {
  if (!fs.existsSync(p)) return;
  const st = fs.statSync(p);
  if (st.isDirectory()) {
    for (const name of fs.readdirSync(p).sort()) walk(path.join(p, name), out);
  } else {
    out.push(`${p}:${st.size}:${st.mtimeMs}`);
  }
}

export function sourceStamp(appDir: string): string {
  const files: string[] = [];
  for (const s of SOURCES) walk(path.join(appDir, s), files);
  return crypto.createHash('sha256').update(files.join('\n')).digest('hex');
}

const stampFile = (distDir: string) => path.join(distDir, '.source-stamp');

/** True when dist/ holds the compiled form of the current sources. */
export function compiledIsCurrent(appDir: string, distDir: string): boolean {
  try {
    return fs.existsSync(path.join(distDir, 'src', 'index.js')) && fs.readFileSync(stampFile(distDir), 'utf8') === sourceStamp(appDir);
  } catch {
    return false;
  }
}

export function markCompiled(appDir: string, distDir: string): void {
  fs.writeFileSync(stampFile(distDir), sourceStamp(appDir));
}
