import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SNAPSHOT_PATH = join(ROOT, 'schema', 'snapshot.yaml');
// Directus' own CLI without the `directus` wrapper's update check, which calls the registry on every
// start and recommends 12.x, a version this module deliberately does not use (see README).
export const DIRECTUS_CLI = join(ROOT, 'node_modules', '@directus', 'api', 'dist', 'cli', 'run.js');
