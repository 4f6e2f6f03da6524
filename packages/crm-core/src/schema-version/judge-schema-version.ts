import { CrmError } from '../errors/crm-error.ts';

/**
 * The CRM schema version these extensions are built for: the number of `schema/migrations`. Raise it
 * with every migration (a unit test holds the two together).
 */
export const SCHEMA_VERSION = 12;

/** What a project's registry says: each recorded version and whether it is complete. */
export interface RecordedVersion {
	version: number;
	status: string;
}

/**
 * Whether extensions built for `supported` may work on a project with these records. The newest
 * recorded version counts, finished or running: while `crm-module upgrade` runs a migration the new
 * extensions already serve its data steps. Null = fine; otherwise the error that says what to do.
 */
export function judgeSchemaVersion(records: readonly RecordedVersion[], supported = SCHEMA_VERSION): CrmError | null {
	const newest = Math.max(0, ...records.map((r) => r.version));
	if (newest === supported) return null;
	if (newest < supported) {
		return new CrmError('CRM_SCHEMA_UNSUPPORTED', `The project holds CRM schema version ${newest}; these extensions need version ${supported}. Run \`npx crm-module upgrade --url … --token …\`, then try again.`, { installed: newest, supported });
	}
	return new CrmError('CRM_SCHEMA_UNSUPPORTED', `The project holds CRM schema version ${newest}, newer than these extensions support (${supported}). Install the extensions of the same release as the schema.`, { installed: newest, supported });
}
