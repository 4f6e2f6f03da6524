import { createHash, randomUUID } from 'node:crypto';
import { CrmError } from '@crm/core';
import type { Knex } from 'knex';

export interface IdempotentResult {
	status: number;
	body: unknown;
	replayed: boolean;
}

interface Options {
	knex: Knex;
	scope: string;
	user: string | null;
	/** The Idempotency-Key header; without one the request simply runs. */
	key: string | undefined;
	body: unknown;
	ttlHours: number;
}

const KEY = /^[\x21-\x7e]{1,255}$/;

/** JSON with sorted object keys, so that the same body always hashes the same. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value && typeof value === 'object') {
		return `{${Object.keys(value as object)
			.sort()
			.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
			.join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

// Timestamps come back as Date (pg), epoch milliseconds (SQLite) or text, depending on the driver.
function millis(v: unknown): number {
	if (v instanceof Date) return v.getTime();
	if (typeof v === 'number') return v;
	return /^\d+$/.test(String(v)) ? Number(v) : Date.parse(String(v));
}

/**
 * Runs an external write at most once per (scope, user, Idempotency-Key). The same key with the same
 * body returns the first response again; with another body it is refused; while the first request is
 * still running a second one is told so. A placeholder row with a unique lookup makes this hold across
 * several Directus instances. Failed requests free their key so the client can retry.
 */
export async function withIdempotency(options: Options, run: () => Promise<{ status: number; body: unknown }>): Promise<IdempotentResult> {
	const { knex, scope, user, key, body, ttlHours } = options;
	if (key === undefined) return { ...(await run()), replayed: false };
	if (!KEY.test(key)) throw new CrmError('CRM_INVALID_PAYLOAD', 'The Idempotency-Key header must be 1–255 visible ASCII characters.', { field: 'Idempotency-Key' });

	const lookup = `${scope}:${user ?? 'public'}:${key}`;
	const hash = createHash('sha256').update(canonical(body)).digest('hex');
	const claim = await claimKey(knex, { lookup, scope, key, hash, ttlHours });
	if ('replay' in claim) return claim.replay;
	const { id } = claim;

	try {
		const result = await run();
		await knex('crm_idempotency_keys').where('id', id).update({ status_code: result.status, response: JSON.stringify(result.body) });
		return { ...result, replayed: false };
	} catch (error) {
		await knex('crm_idempotency_keys').where('id', id).delete();
		throw error;
	}
}

/** Takes the key with a placeholder row, or answers with the stored response of whoever took it first. */
async function claimKey(knex: Knex, claim: { lookup: string; scope: string; key: string; hash: string; ttlHours: number }): Promise<{ id: string } | { replay: IdempotentResult }> {
	const { lookup, scope, key, hash, ttlHours } = claim;
	const now = Date.now();
	const existing = await knex('crm_idempotency_keys').select('*').where('lookup', lookup).first();
	if (existing && millis(existing.expires_at) <= now) await knex('crm_idempotency_keys').where('id', existing.id).delete();
	else if (existing) return { replay: replay(existing, hash) };
	const id = randomUUID();
	try {
		await knex('crm_idempotency_keys').insert({ id, lookup, scope, idem_key: key, request_hash: hash, status_code: null, response: null, expires_at: new Date(now + ttlHours * 3_600_000), date_created: new Date(now) });
		return { id };
	} catch {
		// Another request took the key between our read and our insert.
		const winner = await knex('crm_idempotency_keys').select('*').where('lookup', lookup).first();
		if (winner) return { replay: replay(winner, hash) };
		throw new CrmError('CRM_IDEMPOTENCY_IN_PROGRESS', 'A request with this Idempotency-Key is being processed; retry shortly.', { field: 'Idempotency-Key' });
	}
}

/** A crm_idempotency_keys row as the drivers hand it back (the response is JSON text on SQLite). */
interface IdempotencyKeyRow {
	request_hash: string;
	status_code: number | string | null;
	response: unknown;
}

function replay(row: IdempotencyKeyRow, hash: string): IdempotentResult {
	if (row.request_hash !== hash) throw new CrmError('CRM_IDEMPOTENCY_MISMATCH', 'This Idempotency-Key was used with a different request body; use a new key for a new request.', { field: 'Idempotency-Key' });
	if (row.status_code === null || row.status_code === undefined) throw new CrmError('CRM_IDEMPOTENCY_IN_PROGRESS', 'A request with this Idempotency-Key is being processed; retry shortly.', { field: 'Idempotency-Key' });
	const body: unknown = typeof row.response === 'string' ? JSON.parse(row.response) : row.response;
	return { status: Number(row.status_code), body, replayed: true };
}
