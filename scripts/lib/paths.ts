import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SNAPSHOT_PATH = join(ROOT, 'schema', 'snapshot.yaml');
export const DIRECTUS_CLI = join(ROOT, 'node_modules', 'directus', 'cli.js');
