import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/paths.ts';

export const BUNDLE_DIR = join(ROOT, 'extensions', 'bundles', 'directus-extension-crm');
export const BUNDLE = JSON.parse(readFileSync(join(BUNDLE_DIR, 'package.json'), 'utf8')) as { name: string; version: string; 'directus:extension': { entries: { name: string }[] } };

declare module 'vitest' {
	export interface ProvidedContext {
		/** The bundle as npm publishes it, packed once for the files that install it into plain projects. */
		bundleTarball: string;
	}
}

/** The bundle as npm publishes it: `npm pack` builds it (prepack) and writes the tarball an administrator would install. */
export function packBundle(): string {
	const packDir = mkdtempSync(join(tmpdir(), 'crm-pack-'));
	const pack = spawnSync('npm', ['pack', '--pack-destination', packDir, '--silent'], { cwd: BUNDLE_DIR, encoding: 'utf8', env: { ...process.env, PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env['PATH']}` } });
	if (pack.status !== 0) throw new Error(`npm pack failed: ${pack.stderr}`);
	return join(packDir, readdirSync(packDir).find((f) => f.endsWith('.tgz'))!);
}
