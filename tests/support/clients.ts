import { authentication, createDirectus, rest } from '@directus/sdk';
import { expect } from 'vitest';
import type { TestInstance } from './test-instance.ts';

export type Client = Awaited<ReturnType<typeof loginAs>>;

export async function loginAs(instance: TestInstance, email: string, password = instance.demoPassword) {
	const client = createDirectus(instance.url).with(authentication('json')).with(rest());
	await client.login({ email, password });
	return client;
}

export function loginAsAdmin(instance: TestInstance) {
	return loginAs(instance, instance.adminEmail, instance.adminPassword);
}

interface SdkError {
	errors?: { message: string; extensions?: Record<string, unknown> }[];
	response?: { status: number };
}

/** Awaits a request that must fail and returns its status, error code, field and message. */
export async function failureOf(request: Promise<unknown>): Promise<{ status: number; code: unknown; field: unknown; message: string }> {
	try {
		await request;
	} catch (error) {
		const e = error as SdkError;
		const first = e.errors?.[0];
		return { status: e.response?.status ?? 0, code: first?.extensions?.['code'], field: first?.extensions?.['field'], message: first?.message ?? String(error) };
	}
	expect.fail('the request succeeded but should have failed');
}

/** Plain HTTP with a bearer token, for endpoints and raw payloads the SDK would reshape. */
export async function http(instance: TestInstance, token: string | null, method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
	const res = await fetch(instance.url + path, {
		method,
		headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await res.text();
	return { status: res.status, json: text ? JSON.parse(text) : null };
}
