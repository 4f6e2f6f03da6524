// npm test's last step: the vitest projects in two lanes run side by side, each a vitest process of its own,
// after the extensions are built once (both lanes' global setups would otherwise build them at the same time) and the
// test databases prepared once (each test instance starts on a copy, see tests/support/test-templates.ts).
// Vitest itself runs every project without file parallelism one file at a time, all in one queue; most of
// that time is spent waiting on Directus servers, so two queues use a two-core machine about twice as well.
//   lane 1: unit, adapters, integration; then the two-instance cluster (its own servers on PostgreSQL and Redis), then
//           the files that start Directus projects of their own (install)
//   lane 2: browser (first, while lane 1 runs its lighter files: the Studio's first loads are slow on a busy
//           machine), then the validation sweep
// Extra arguments go to every run (e.g. a test name filter). Exits 1 when any run fails.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildExtensions } from '../lib/extensions-build.ts';
import { ROOT } from '../lib/paths.ts';
import { prepareTemplates } from '../../tests/support/prepare-templates.ts';

/** Each lane is vitest runs one after the other; the lanes run side by side. */
const LANES = [
	{ name: 'lane 1', runs: [['unit', 'adapters', 'integration'], ['cluster'], ['install']] },
	{ name: 'lane 2', runs: [['browser'], ['sweep']] },
];

type Lane = (typeof LANES)[number];

/** Lines that name a failure, kept to be repeated at the very end: CI shows only the tail of a long log. */
const failures: string[] = [];
/** A failed test (vitest marks it with × at the start), a failed file, an assertion or a timeout. */
const FAILURE_LINE = /^×|\bFAIL\b|AssertionError|Test timed out|Hook timed out/;
const ANSI = /\x1b\[[0-9;]*m/g;

async function runLane(lane: Lane, extra: string[]): Promise<number> {
	let worst = 0;
	for (const projects of lane.runs) worst = Math.max(worst, await runVitest(lane, projects, extra));
	return worst;
}

function runVitest(lane: Lane, projects: string[], extra: string[]): Promise<number> {
	const args = ['run', ...projects.flatMap((p) => ['--project', p]), ...extra];
	const child = spawn(join(ROOT, 'node_modules', '.bin', 'vitest'), args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
	const prefix = (stream: NodeJS.ReadableStream, out: NodeJS.WritableStream) => {
		let rest = '';
		stream.on('data', (chunk: Buffer) => {
			const lines = (rest + chunk.toString()).split('\n');
			rest = lines.pop() ?? '';
			for (const line of lines) {
				out.write(`[${lane.name}] ${line}\n`);
				const plain = line.replace(ANSI, '');
				if (FAILURE_LINE.test(plain.trim()) && failures.length < 60) failures.push(`[${lane.name}] ${plain.trim().slice(0, 300)}`);
			}
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
// Every test instance of the run starts on a copy of these: one bootstrap, schema and demo seed per database, not nine.
const templatesStarted = Date.now();
const templates = await prepareTemplates();
console.log(`prepared the test databases in ${Math.round((Date.now() - templatesStarted) / 1000)} s`);
const codes = await Promise.all(LANES.map((lane) => runLane(lane, process.argv.slice(2))));
await templates.remove();
if (failures.length) console.log(`\nfailures, as first reported:\n${failures.join('\n')}\n`);
for (const [i, lane] of LANES.entries()) console.log(`${lane.name} (${lane.runs.map((r) => r.join(', ')).join(' | ')}): ${codes[i] === 0 ? 'passed' : 'FAILED'}`);
console.log(`all tests: ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(codes.every((c) => c === 0) ? 0 : 1);
