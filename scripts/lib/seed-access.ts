import { seedModuleAccess } from '../../packages/crm-install/src/apply/seed-module-access.ts';
import type { AccessModel } from '../../packages/crm-install/src/plan/access-model.ts';
import { ACCESS_MODEL } from '../access/define-access.ts';
import { ACCESS_JSON, readJson } from '../schema/module-files.ts';
import type { AdminClient } from './admin-client.ts';

export interface DemoLogin {
	role: string;
	email: string;
	password: string;
	note: string;
}

async function ensureUser(api: AdminClient, email: string, first: string, last: string, role: string, password: string): Promise<string> {
	const found = await api.request<{ id: string }[]>('GET', `/users?filter[email][_eq]=${encodeURIComponent(email)}&fields=id`);
	if (found[0]) return found[0].id;
	return (await api.request<{ id: string }>('POST', '/users', { email, first_name: first, last_name: last, role, password, status: 'active' })).id;
}

/** The module's access (roles, policies, permissions, layouts, dashboards) and the demo users, idempotently through the API. Returns the demo logins. */
export async function seedAccess(api: AdminClient, { password, withDemoUsers = true, upgradedFrom }: { password: string; withDemoUsers?: boolean; upgradedFrom?: number }): Promise<DemoLogin[]> {
	// This project holds nothing but the CRM, so a database seeded before the fixed ids keeps its roles.
	// Permissions as earlier releases wrote them move to today's, so a database from before keeps no wider access.
	const { superseded } = readJson<AccessModel>(ACCESS_JSON);
	const roleIds = await seedModuleAccess(api, { ...ACCESS_MODEL, superseded }, { adoptByName: true, upgradedFrom });
	if (!withDemoUsers) return [];

	const role = (name: string) => roleIds.get(name)!;
	const logins: DemoLogin[] = [];

	const managerId = await ensureUser(api, 'manager@example.com', 'Mona', 'Manager', role('Sales manager'), password);
	logins.push({ role: 'Sales manager', email: 'manager@example.com', password, note: 'manages North team' });

	const teams = await api.request<{ id: string; name: string; manager: string | null }[]>('GET', '/items/crm_teams?fields=id,name,manager&sort=name&limit=-1');
	const north = teams.find((t) => t.name === 'North team');
	if (north && !north.manager) await api.request('PATCH', `/items/crm_teams/${north.id}`, { manager: managerId });

	const reps = await api.request<{ id: string; name: string; email: string | null; user: string | null }[]>('GET', '/items/crm_sales_reps?fields=id,name,email,user&sort=name&limit=-1');
	for (const rep of reps) {
		if (rep.user || !rep.email) continue;
		const [first = rep.name, ...rest] = rep.name.split(' ');
		const userId = await ensureUser(api, rep.email, first, rest.join(' '), role('Sales rep'), password);
		await api.request('PATCH', `/items/crm_sales_reps/${rep.id}`, { user: userId });
	}

	const rita = reps.find((r) => r.email === 'rita.rep@example.com');
	if (rita) logins.push({ role: 'Sales rep', email: 'rita.rep@example.com', password, note: 'North team; sees only own customers' });
	const otherRep = reps.find((r) => r.email && r.email !== 'rita.rep@example.com');
	if (otherRep?.email) logins.push({ role: 'Sales rep', email: otherRep.email, password, note: 'another rep' });

	await ensureUser(api, 'marketing@example.com', 'Mark', 'Eting', role('Marketing'), password);
	logins.push({ role: 'Marketing', email: 'marketing@example.com', password, note: 'segments and groups' });
	const samId = await ensureUser(api, 'service@example.com', 'Sam', 'Service', role('Service specialist'), password);
	logins.push({ role: 'Service specialist', email: 'service@example.com', password, note: 'works service requests, logs time' });
	const sam = await api.request<{ id: string; user: string | null }[]>('GET', `/items/crm_service_specialists?filter[name][_eq]=${encodeURIComponent('Sam Service')}&fields=id,user&limit=1`);
	if (sam[0] && !sam[0].user) await api.request('PATCH', `/items/crm_service_specialists/${sam[0].id}`, { user: samId });
	const deskManagerId = await ensureUser(api, 'servicedesk@example.com', 'Dana', 'Desk', role('Service manager'), password);
	logins.push({ role: 'Service manager', email: 'servicedesk@example.com', password, note: 'runs the service desk; notified on SLA escalations' });
	const unmanaged = await api.request<{ id: string }[]>('GET', '/items/crm_service_teams?filter[manager][_null]=true&fields=id&limit=-1');
	for (const team of unmanaged) await api.request('PATCH', `/items/crm_service_teams/${team.id}`, { manager: deskManagerId });

	await ensureUser(api, 'accountant@example.com', 'Alex', 'Accountant', role('Accountant'), password);
	logins.push({ role: 'Accountant', email: 'accountant@example.com', password, note: 'payments, invoices and receivables of all customers' });

	const portalId = await ensureUser(api, 'portal@example.com', 'Paula', 'Portal', role('Customer'), password);
	const linked = await api.request<unknown[]>('GET', `/items/crm_contacts?filter[portal_user][_eq]=${portalId}&fields=id`);

	if (linked.length === 0 && rita) {
		const contacts = await api.request<{ id: string }[]>('GET', `/items/crm_contacts?filter[customer][owner][_eq]=${rita.id}&sort=customer.name,id&limit=1&fields=id`);
		if (contacts[0]) await api.request('PATCH', `/items/crm_contacts/${contacts[0].id}`, { portal_user: portalId });
	}

	logins.push({ role: 'Customer (portal, API only)', email: 'portal@example.com', password, note: 'one customer of Rita Rep' });
	return logins;
}
