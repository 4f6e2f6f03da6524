import { readCollections, readExtensions } from '@directus/sdk';
import { describe, expect, inject, test } from 'vitest';
import { collections } from '../../scripts/schema/define-model.ts';
import { loginAsAdmin } from '../support/clients.ts';

describe.each(inject('instances'))('on $name', (instance) => {
	test('every CRM collection of the data model is present', async () => {
		const admin = await loginAsAdmin(instance);
		const present = (await admin.request(readCollections())).map((c) => c.collection);
		expect(present).toEqual(expect.arrayContaining(collections.map((c) => c.collection)));
	});

	test('loads the hook, the endpoint and the timeline interface', async () => {
		const admin = await loginAsAdmin(instance);
		const names = (await admin.request(readExtensions())).map((e) => (e as { schema?: { name?: string } }).schema?.name);
		expect(names).toEqual(expect.arrayContaining(['crm-hooks', 'crm-api', 'crm-timeline']));
	});

	test('seeds the roles of the CRM', async () => {
		const res = await fetch(`${instance.url}/roles?fields=name`, { headers: { authorization: `Bearer ${await (await loginAsAdmin(instance)).getToken()}` } });
		const names = ((await res.json()) as { data: { name: string }[] }).data.map((r) => r.name);
		expect(names).toEqual(expect.arrayContaining(['CRM administrator', 'Sales manager', 'Sales rep', 'Marketing', 'Service specialist', 'Customer']));
	});
});
