import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, test } from 'vitest';
import { DirectusApi } from '../../../packages/crm-install/src/apply/directus-api.ts';

let server: Server | null = null;

/** A stand-in Directus that answers the given replies in turn and counts what it got. */
async function serve(replies: [number, unknown][]): Promise<{ url: string; seen: () => number }> {
	let seen = 0;
	server = createServer((_req, res) => {
		const [status, body] = replies[Math.min(seen++, replies.length - 1)]!;
		res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
	});
	await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
	return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen: () => seen };
}

afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

const underPressure = [503, { errors: [{ message: 'Service "api" is unavailable. Under pressure.', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }] as [number, unknown];

test('a request Directus shed under pressure is sent again after a pause, and then succeeds', async () => {
	const directus = await serve([underPressure, underPressure, [200, { data: { id: 'x' } }]]);
	expect(await new DirectusApi(directus.url, 't').request('PATCH', '/extensions/x', { meta: { enabled: false } })).toEqual({ id: 'x' });
	expect(directus.seen()).toBe(3);
});

test('any other 503 (the CRM refusing an unsupported schema) is an answer, not a reason to retry', async () => {
	const directus = await serve([[503, { errors: [{ message: 'Run crm-module upgrade.', extensions: { code: 'CRM_SCHEMA_UNSUPPORTED' } }] }]]);
	await expect(new DirectusApi(directus.url, 't').request('POST', '/items/crm_customers', {})).rejects.toThrow('POST /items/crm_customers → 503: Run crm-module upgrade.');
	expect(directus.seen()).toBe(1);
});
