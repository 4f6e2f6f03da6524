import type { Expectation } from './schema-probes.ts';
import type { TestInstance } from './test-instance.ts';

export interface Answer {
	status: number;
	code: string | null;
	field: string | null;
}

/** A logged-in user whose token is renewed before Directus' 15-minute expiry. */
export class Session {
	private token: string | null = null;
	private since = 0;
	private readonly instance: TestInstance;
	private readonly email: string;
	private readonly password: string;

	constructor(instance: TestInstance, email: string, password: string) {
		this.instance = instance;
		this.email = email;
		this.password = password;
	}

	async bearer(): Promise<string> {
		if (!this.token || Date.now() - this.since > 10 * 60_000) {
			const res = await fetch(`${this.instance.url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: this.email, password: this.password }) });
			const body = (await res.json()) as { data?: { access_token: string } };
			if (!body.data) throw new Error(`login of ${this.email} failed: ${res.status}`);
			this.token = body.data.access_token;
			this.since = Date.now();
		}
		return this.token;
	}

	async send(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
		const res = await fetch(this.instance.url + path, {
			method,
			headers: { 'content-type': 'application/json', authorization: `Bearer ${await this.bearer()}` },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await res.text();
		return { status: res.status, json: text ? JSON.parse(text) : null };
	}

	async answer(method: string, path: string, body?: unknown): Promise<Answer> {
		const { status, json } = await this.send(method, path, body);
		const error = json?.errors?.[0];
		return { status, code: error?.extensions?.code ?? null, field: error?.extensions?.field ?? null };
	}
}

/** Codes that say "this value is not allowed here": a nullable field must never answer them for null. */
const REFUSING_NULL = new Set(['CRM_REQUIRED_FIELD', 'CRM_INVALID_TYPE', 'FAILED_VALIDATION', 'INVALID_PAYLOAD']);

/** Whether an answer to a value sent in `field` meets an expectation; `mayBeForbidden` for a role whose policy may not cover the item. */
export function meets(answer: Answer, expected: Expectation, field: string, mayBeForbidden: boolean): boolean {
	if (answer.status >= 500) return false;
	if (expected.answer === 'refused') return answer.status === 400 && answer.code === expected.code && answer.field === expected.field;
	if (expected.answer === 'rejected') return answer.status >= 400 && answer.status < 500;
	if (answer.status < 300) return true;
	if (answer.status === 403) return mayBeForbidden || String(answer.code).startsWith('CRM_');
	// A document past its draft, an entry the CRM wrote itself, or a domain rule about this very item
	// (a map or a contract must be named) may still refuse the change; the field itself must not refuse null.
	return answer.status === 409 || (answer.status === 400 && (answer.field !== field || !REFUSING_NULL.has(String(answer.code))));
}

/** Runs `tasks` with at most `width` in flight, in order of start. */
export async function inPool<T>(width: number, tasks: (() => Promise<T>)[]): Promise<T[]> {
	const results: T[] = new Array(tasks.length);
	let next = 0;
	const worker = async () => {
		while (next < tasks.length) {
			const i = next++;
			results[i] = await tasks[i]!();
		}
	};
	await Promise.all(Array.from({ length: Math.min(width, tasks.length) }, worker));
	return results;
}
