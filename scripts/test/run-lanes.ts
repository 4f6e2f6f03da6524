// npm test's last step: the vitest projects in two lanes run side by side, each a vitest process of its own,
// after the extensions are built once (both lanes' global setups would otherwise build them at the same time).
// Vitest itself runs every project without file parallelism one file at a time, all in one queue; most of
// that time is spent waiting on Directus servers, so two queues use a two-core machine about twice as well.
//   lane 1: unit, adapters, integration        lane 2: the validation sweep, browser
// Extra arguments go to both lanes (e.g. a test name filter). Exits 1 when either lane fails.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildExtensions } from '../lib/extensions-build.ts';
import { ROOT } from '../lib/paths.ts';

const LANES = [
	{ name: 'lane 1', projects: ['unit', 'adapters', 'integration'] },
	{ name: 'lane 2', projects: ['sweep', 'browser'] },
];

function runLane(lane: (typeof LANES)[number], extra: string[]): Promise<number> {
	const args = ['run', ...lane.projects.flatMap((p) => ['--project', p]), ...extra];
	const child = spawn(join(ROOT, 'node_modules', '.bin', 'vitest'), args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
	const prefix = (stream: NodeJS.ReadableStream, out: NodeJS.WritableStream) => {
		let rest = '';
		stream.on('data', (chunk: Buffer) => {
			const lines = (rest + chunk.toString()).split('\n');
			rest = lines.pop() ?? '';
			for (const line of lines) out.write(`[${lane.name}] ${line}\n`);
		});
		stream.on('end', () => rest && out.write(`[${lane.name}] ${rest}\n`));
	};
	prefix(child.stdout, process.stdout);
	prefix(child.stderr, process.stderr);
	return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}

const started = Date.now();
const built = await buildExtensions();
if (built.length) console.log(`built ${built.length} extension(s) in ${Math.round((Date.now() - started) / 1000)} s`);
const codes = await Promise.all(LANES.map((lane) => runLane(lane, process.argv.slice(2))));
for (const [i, lane] of LANES.entries()) console.log(`${lane.name} (${lane.projects.join(', ')}): ${codes[i] === 0 ? 'passed' : 'FAILED'}`);
console.log(`all tests: ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(codes.every((c) => c === 0) ? 0 : 1);
