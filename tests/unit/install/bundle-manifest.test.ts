import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../../../scripts/lib/paths.ts';

const read = (dir: string) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
const BUNDLE_DIR = join(ROOT, 'extensions', 'bundles', 'directus-extension-crm');

test('the bundle carries every extension of the repository, under its own name and type, from its own source', () => {
	const singles = ['hooks', 'endpoints', 'interfaces', 'panels'].flatMap((type) => readdirSync(join(ROOT, 'extensions', type)).map((name) => join(ROOT, 'extensions', type, name)));
	const expected = singles.map((dir) => {
		const manifest = read(dir);
		return { type: manifest['directus:extension'].type, name: manifest.name, source: join(dir, manifest['directus:extension'].source) };
	});
	const entries = (read(BUNDLE_DIR)['directus:extension'].entries as { type: string; name: string; source: string }[]).map((e) => ({ ...e, source: resolve(BUNDLE_DIR, e.source) }));
	const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
	expect(entries.sort(byName)).toEqual(expected.sort(byName));
	expect(entries.every((e) => existsSync(e.source))).toBe(true);
});

test('the root project does not load the bundle beside the single extensions', () => {
	expect(Object.keys(read(ROOT)['dependencies'])).not.toContain('directus-extension-crm');
});
