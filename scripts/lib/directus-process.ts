import { type ChildProcess, spawn } from 'node:child_process';
import { DIRECTUS_CLI, ROOT } from './paths.ts';

export type Env = Record<string, string | undefined>;

/** Runs a Directus CLI command (bootstrap, schema apply…) to completion; throws with its output on failure. */
export function runDirectusCli(args: string[], env: Env, cwd = ROOT): Promise<string> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [DIRECTUS_CLI, ...args], { cwd, env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		child.on('error', reject);
		child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`directus ${args.join(' ')} exited with ${code}:\n${output}`))));
	});
}

export interface RunningDirectus {
	url: string;
	process: ChildProcess;
	output: () => string;
	stop: () => Promise<void>;
}

/**
 * Starts `directus start` and resolves once /server/ping answers. Four minutes: on a two-core machine that runs
 * the test lanes side by side, several servers load their extensions at once and a first start can take two.
 */
export async function startDirectus(env: Env, { cwd = ROOT, timeoutMs = 240_000, inheritOutput = false } = {}): Promise<RunningDirectus> {
	const port = env['PORT'] ?? '8055';
	const url = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, [DIRECTUS_CLI, 'start'], { cwd, env: env as NodeJS.ProcessEnv, stdio: ['ignore', inheritOutput ? 'inherit' : 'pipe', inheritOutput ? 'inherit' : 'pipe'] });
	let output = '';
	child.stdout?.on('data', (d) => (output += d));
	child.stderr?.on('data', (d) => (output += d));
	let exited: number | null = null;
	child.on('exit', (code) => (exited = code ?? -1));
	const deadline = Date.now() + timeoutMs;

	while (Date.now() < deadline) {
		if (exited !== null) throw new Error(`directus start exited with ${exited}:\n${output}`);

		try {
			const res = await fetch(`${url}/server/ping`);
			if (res.ok) break;
		} catch {
			// not listening yet
		}

		await new Promise((r) => setTimeout(r, 250));
	}

	if (Date.now() >= deadline) {
		child.kill('SIGKILL');
		throw new Error(`directus did not answer on ${url} within ${timeoutMs} ms:\n${output}`);
	}

	return {
		url,
		process: child,
		output: () => output,
		stop: () =>
			new Promise<void>((resolve) => {
				if (exited !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
				setTimeout(() => child.kill('SIGKILL'), 5000).unref();
			}),
	};
}
