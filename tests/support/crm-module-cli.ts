import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/paths.ts';
import type { PlainProject } from './plain-project.ts';

const CLI = join(ROOT, 'packages', 'crm-install', 'src', 'cli.ts');

export interface CliRun {
	code: number | null;
	out: string;
}

/** Starts `crm-module <args> --url … --token …` against `project`; `done` has its exit code and everything it printed. */
export function startCli(project: PlainProject, args: string[], env: Record<string, string> = {}): { child: ChildProcess; done: Promise<CliRun> } {
	const child = spawn(process.execPath, [CLI, ...args, '--url', project.url, '--token', project.token], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
	let out = '';
	child.stdout!.on('data', (d) => (out += d));
	child.stderr!.on('data', (d) => (out += d));
	return { child, done: new Promise((resolve) => child.on('exit', (code) => resolve({ code, out }))) };
}

/** Runs `crm-module <args>` against `project` to its end. */
export const cli = (project: PlainProject, ...args: string[]) => startCli(project, args).done;
