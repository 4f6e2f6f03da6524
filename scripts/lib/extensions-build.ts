import { spawn } from 'node:child_process';
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

/** Builds at a time: each build is mostly one process on one core; two keep a two-core machine busy. */
const PARALLEL_BUILDS = 2;

/**
 * Builds the stale extensions with the extensions SDK, two at a time; `built` hears of each as it
 * finishes (a first start takes minutes here). The SDK's own output is shown only when a build fails,
 * in the error.
 */
export async function buildExtensions(dirs = staleExtensions(), built: (dir: string, index: number) => void = () => {}): Promise<string[]> {
	let next = 0;
	let finished = 0;
	const worker = async () => {
		while (next < dirs.length) {
			const dir = dirs[next++]!;
			await buildOne(dir);
			built(dir, finished++);
		}
	};
	await Promise.all(Array.from({ length: Math.min(PARALLEL_BUILDS, dirs.length) }, worker));
	return dirs;
}

function buildOne(dir: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn('npm', ['run', 'build', '--silent'], { cwd: dir, env: { ...process.env, PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env['PATH']}` } });
		let output = '';
		child.stdout.on('data', (d: Buffer) => (output += d));
		child.stderr.on('data', (d: Buffer) => (output += d));
		child.on('error', reject);
		child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`building ${dir} failed:\n${output}`))));
	});
}
