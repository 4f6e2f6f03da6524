import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

const EXTENSION_DIRS = ['hooks', 'endpoints', 'interfaces', 'panels'].flatMap((type) => {
	const dir = join(ROOT, 'extensions', type);
	return existsSync(dir) ? readdirSync(dir).map((name) => join(dir, name)).filter((d) => existsSync(join(d, 'package.json'))) : [];
});
// Sources several extensions compile in: a change to one rebuilds them all.
const SHARED_SOURCES = [join(ROOT, 'packages', 'crm-core', 'src'), join(ROOT, 'packages', 'crm-directus', 'src'), join(ROOT, 'packages', 'crm-studio', 'src'), join(ROOT, 'extensions', 'interfaces', 'crm-quantity', 'src')];

function newestMtime(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Extensions whose dist is missing or older than their sources or the shared packages. */
export function staleExtensions(): string[] {
	const shared = Math.max(...SHARED_SOURCES.map(newestMtime));
	return EXTENSION_DIRS.filter((dir) => {
		const built = newestMtime(join(dir, 'dist'));
		return built === 0 || built < Math.max(shared, newestMtime(join(dir, 'src')), newestMtime(join(dir, 'package.json')));
	});
}

/**
 * Builds the stale extensions with the extensions SDK, one after the other; `built` hears of each (a first
 * start takes minutes here). The SDK's own output is shown only when a build fails, in the error.
 */
export function buildExtensions(dirs = staleExtensions(), built: (dir: string, index: number) => void = () => {}): string[] {
	dirs.forEach((dir, index) => {
		const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: dir, encoding: 'utf8', env: { ...process.env, PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env['PATH']}` } });
		if (result.status !== 0) throw new Error(`building ${dir} failed:\n${result.stdout}${result.stderr}`);
		built(dir, index);
	});
	return dirs;
}
