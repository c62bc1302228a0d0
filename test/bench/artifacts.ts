// Where benchmarks leave files for people to open (ignored by git).
import path from 'path';

export const ARTIFACTS_DIR = path.resolve(__dirname, '..', 'artifacts');
