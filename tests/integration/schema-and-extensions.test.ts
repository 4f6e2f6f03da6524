import { readCollections } from '@directus/sdk';
import { describe, expect, inject, test } from 'vitest';
import { collections } from '../../scripts/schema/define-model.ts';
import { loginAsAdmin } from '../support/clients.ts';

describe.each(inject('instances'))('on $name', (instance) => {
	test('every CRM collection of the data model is present', async () => {
		const admin = await loginAsAdmin(instance);
		const present = (await admin.request(readCollections())).map((c) => c.collection);
		expect(present).toEqual(expect.arrayContaining(collections.map((c) => c.collection)));
	});

	test('loads every CRM extension: hooks, endpoints, interfaces, the money bundle and the panel', async () => {
		const admin = await loginAsAdmin(instance);
		const res = await fetch(`${instance.url}/extensions`, { headers: { authorization: `Bearer ${await admin.getToken()}` } });
		const body = (await res.json()) as { data?: { schema?: { name?: string } | null; meta?: unknown }[] };
		expect(res.status).toBe(200);
		const names = (body.data ?? []).map((e) => e.schema?.name);
		expect(names).toEqual(expect.arrayContaining(['crm-hooks', 'crm-api', 'crm-timeline', 'crm-money', 'crm-money-display', 'crm-order-status', 'crm-receivables']));
	});

	test('seeds the roles of the CRM', async () => {
		const res = await fetch(`${instance.url}/roles?fields=name`, { headers: { authorization: `Bearer ${await (await loginAsAdmin(instance)).getToken()}` } });
		const names = ((await res.json()) as { data: { name: string }[] }).data.map((r) => r.name);
		expect(names).toEqual(expect.arrayContaining(['CRM administrator', 'Sales manager', 'Sales rep', 'Marketing', 'Service specialist', 'Customer']));
	});

	test('seeds a Receivables dashboard with the aging panel', async () => {
		const token = await (await loginAsAdmin(instance)).getToken();
		const res = await fetch(`${instance.url}/panels?filter[dashboard][name][_eq]=Receivables&fields=type`, { headers: { authorization: `Bearer ${token}` } });
		expect(((await res.json()) as { data: { type: string }[] }).data).toEqual([{ type: 'crm-receivables' }]);
	});
});
