#!/usr/bin/env node
// crm-module install|upgrade|status|uninstall --url https://directus.example.com --token <admin token>
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DirectusApi } from './apply/directus-api.ts';
import { loadModuleFiles } from './apply/load-module-files.ts';
import { type CommandContext, Refusal } from './commands/context.ts';
import { install } from './commands/install.ts';
import { status } from './commands/status.ts';
import { uninstall } from './commands/uninstall.ts';
import { upgrade } from './commands/upgrade.ts';

const USAGE = `usage: crm-module <install|upgrade|status|uninstall> --url URL (--token TOKEN | --email E --password P)
  install    [--dry-run] [--adopt]   add the module; never alters or removes what is not the module's
  upgrade    [--dry-run]             run the schema migrations the project lacks
             [--panels-from N]       also place the dashboard panels of releases after version N (after a failed run)
  status                             installed schema version and pending migrations
  uninstall  [--drop-data [--yes]]   switch off the extensions, remove roles, policies and dashboards
  --schema DIR  the module's schema folder (default: the one shipped with this command)`;

const DEFAULT_SCHEMA = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'schema');

async function confirm(question: string): Promise<boolean> {
	if (!process.stdin.isTTY) return false;
	const rl = createInterface({ input: process.stdin, output: process.stdout });
	try {
		return (await rl.question(question)).trim().toLowerCase() === 'yes';
	} finally {
		rl.close();
	}
}

async function main(argv: string[]): Promise<number> {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			url: { type: 'string' },
			token: { type: 'string' },
			email: { type: 'string' },
			password: { type: 'string' },
			schema: { type: 'string' },
			migrations: { type: 'string' },
			'dry-run': { type: 'boolean', default: false },
			'panels-from': { type: 'string' },
			adopt: { type: 'boolean', default: false },
			'drop-data': { type: 'boolean', default: false },
			yes: { type: 'boolean', default: false },
		},
	});
	const command = positionals[0];
	const url = values.url ?? process.env['DIRECTUS_URL'];
	const token = values.token ?? process.env['DIRECTUS_TOKEN'];
	if (!command || !['install', 'upgrade', 'status', 'uninstall'].includes(command) || !url || !(token || (values.email && values.password))) {
		console.error(USAGE);
		return 2;
	}
	const api = token ? new DirectusApi(url, token) : await DirectusApi.login(url, values.email!, values.password!);
	const schemaDir = values.schema ?? DEFAULT_SCHEMA;
	const ctx: CommandContext = { api, files: loadModuleFiles(schemaDir, values.migrations ?? join(schemaDir, 'migrations')), log: (line) => console.log(line) };
	if (command === 'install') await install(ctx, { dryRun: values['dry-run'], adopt: values.adopt });
	const panelsFrom = values['panels-from'] === undefined ? undefined : Number(values['panels-from']);
	if (panelsFrom !== undefined && !(Number.isInteger(panelsFrom) && panelsFrom >= 0)) {
		console.error(`--panels-from takes a schema version (0, 1, 2…), not "${values['panels-from']}".`);
		return 2;
	}
	if (command === 'upgrade') await upgrade(ctx, { dryRun: values['dry-run'], ...(panelsFrom === undefined ? {} : { panelsFrom }) });
	if (command === 'status') await status(ctx);
	if (command === 'uninstall') await uninstall(ctx, { dropData: values['drop-data'], yes: values.yes, confirm });
	return 0;
}

main(process.argv.slice(2)).then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error(error instanceof Error ? error.message : String(error));
		process.exit(error instanceof Refusal ? 2 : 1);
	},
);
