import type { DirectusApi } from '../apply/directus-api.ts';
import type { ModuleFiles } from '../apply/load-module-files.ts';

/** What every command works with: the project, the module's files, and where to say what happens. */
export interface CommandContext {
	api: DirectusApi;
	files: ModuleFiles;
	log: (line: string) => void;
}

/** A refusal the user can act on: printed as it is, exit code 2, nothing written. */
export class Refusal extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'Refusal';
	}
}
