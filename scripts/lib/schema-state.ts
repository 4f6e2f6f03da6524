import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SNAPSHOT_PATH } from './paths.ts';

/** Remembers which snapshot was applied to which database, so that a second start skips the apply. */
export function snapshotHash(): string {
	return createHash('sha256').update(readFileSync(SNAPSHOT_PATH)).digest('hex');
}

function stateFile(dataDir: string): string {
	return join(dataDir, '.crm-state.json');
}

/** One value of the data folder's state file, per database and what it records. */
function readState(dataDir: string, key: string): string | null {
	const file = stateFile(dataDir);
	if (!existsSync(file)) return null;
	return (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)[key] ?? null;
}

function writeState(dataDir: string, key: string, value: string | null): void {
	const file = stateFile(dataDir);
	const state = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
	if (value === null) delete state[key];
	else state[key] = value;
	writeFileSync(file, JSON.stringify(state, null, 2));
}

export function readAppliedHash(dataDir: string, dbKey: string): string | null {
	return readState(dataDir, dbKey);
}

export function writeAppliedHash(dataDir: string, dbKey: string, hash: string): void {
	writeState(dataDir, dbKey, hash);
}

/**
 * The schema version the access step (roles, permissions, dashboards' new panels) still has to start from: written
 * when a start records new schema versions, cleared once that step has run, so a start that failed in between
 * places the new panels on the next one.
 */
export function readAccessFrom(dataDir: string, dbKey: string): number | null {
	const value = readState(dataDir, `${dbKey}#access-from`);
	return value === null ? null : Number(value);
}

export function writeAccessFrom(dataDir: string, dbKey: string, version: number | null): void {
	writeState(dataDir, `${dbKey}#access-from`, version === null ? null : String(version));
}

export function databaseKey(env: Record<string, string | undefined>): string {
	return env['DB_CLIENT'] === 'sqlite3' ? `sqlite:${env['DB_FILENAME']}` : `${env['DB_CLIENT']}:${env['DB_HOST']}:${env['DB_PORT']}:${env['DB_DATABASE']}:${env['DB_CONNECTION_STRING'] ?? ''}`;
}
