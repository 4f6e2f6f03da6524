import { type PermissionDef, ROLES, type RoleDef } from '../access/define-access.ts';
import { LIST_LAYOUTS } from '../access/define-list-layouts.ts';
import type { AdminClient } from './admin-client.ts';

interface Named {
	id: string;
	name: string;
}

export interface DemoLogin {
	role: string;
	email: string;
	password: string;
	note: string;
}

const same = (a: PermissionDef, b: { collection: string; action: string }) => a.collection === b.collection && a.action === b.action;

async function ensurePolicy(api: AdminClient, role: RoleDef): Promise<string> {
	const { permissions, ...policy } = role.policy;
	const found = await api.request<Named[]>('GET', `/policies?filter[name][_eq]=${encodeURIComponent(policy.name)}&fields=id,name`);
	const id = found[0]?.id ?? (await api.request<Named>('POST', '/policies', policy)).id;
	const existing = await api.request<{ collection: string; action: string }[]>('GET', `/permissions?filter[policy][_eq]=${id}&fields=collection,action&limit=-1`);
	const missing = permissions.filter((p) => !existing.some((e) => same(p, e)));
	if (missing.length) await api.request('POST', '/permissions', missing.map((p) => ({ permissions: null, validation: null, presets: null, fields: ['*'], ...p, policy: id })));
	return id;
}

async function ensureRole(api: AdminClient, role: RoleDef): Promise<string> {
	const policyId = await ensurePolicy(api, role);
	const found = await api.request<Named[]>('GET', `/roles?filter[name][_eq]=${encodeURIComponent(role.name)}&fields=id,name`);
	const roleId = found[0]?.id ?? (await api.request<Named>('POST', '/roles', { name: role.name, icon: role.icon, description: role.description })).id;
	const links = await api.request<unknown[]>('GET', `/access?filter[role][_eq]=${roleId}&filter[policy][_eq]=${policyId}&fields=id`);
	if (links.length === 0) await api.request('POST', '/access', { role: roleId, policy: policyId });
	return roleId;
}

async function ensureUser(api: AdminClient, email: string, first: string, last: string, role: string, password: string): Promise<string> {
	const found = await api.request<{ id: string }[]>('GET', `/users?filter[email][_eq]=${encodeURIComponent(email)}&fields=id`);
	if (found[0]) return found[0].id;
	return (await api.request<{ id: string }>('POST', '/users', { email, first_name: first, last_name: last, role, password, status: 'active' })).id;
}

/** An Insights dashboard "Receivables" with the aging panel, created once; an administrator may rearrange it. */
async function ensureReceivablesDashboard(api: AdminClient): Promise<void> {
	const existing = await api.request<unknown[]>('GET', `/dashboards?filter[name][_eq]=${encodeURIComponent('Receivables')}&fields=id`);
	if (existing.length > 0) return;
	const dashboard = await api.request<{ id: string }>('POST', '/dashboards', { name: 'Receivables', icon: 'account_balance_wallet', note: 'Open invoices by days overdue and the largest debtors.' });
	await api.request('POST', '/panels', { dashboard: dashboard.id, type: 'crm-receivables', name: 'Receivables aging', icon: 'account_balance_wallet', show_header: true, position_x: 1, position_y: 1, width: 30, height: 16, options: { topDebtors: 10 } });
}

/** An Insights dashboard "Service desk" with the SLA compliance and backlog panel, created once. */
async function ensureServiceDashboard(api: AdminClient): Promise<void> {
	const existing = await api.request<unknown[]>('GET', `/dashboards?filter[name][_eq]=${encodeURIComponent('Service desk')}&fields=id`);
	if (existing.length > 0) return;
	const dashboard = await api.request<{ id: string }>('POST', '/dashboards', { name: 'Service desk', icon: 'support_agent', note: 'Open requests by priority, breached share, and response and resolution times per team and week.' });
	await api.request('POST', '/panels', { dashboard: dashboard.id, type: 'crm-sla-compliance', name: 'SLA compliance and backlog', icon: 'timer', show_header: true, position_x: 1, position_y: 1, width: 36, height: 26, options: { weeks: 8 } });
}

/** An Insights dashboard "Discounts" with the discounts-given panel, created once. */
async function ensureDiscountsDashboard(api: AdminClient): Promise<void> {
	const existing = await api.request<unknown[]>('GET', `/dashboards?filter[name][_eq]=${encodeURIComponent('Discounts')}&fields=id`);
	if (existing.length > 0) return;
	const dashboard = await api.request<{ id: string }>('POST', '/dashboards', { name: 'Discounts', icon: 'percent', note: 'Discounts given by rule, rep and customer group, against the revenue they came with.' });
	await api.request('POST', '/panels', { dashboard: dashboard.id, type: 'crm-discounts-given', name: 'Discounts given', icon: 'percent', show_header: true, position_x: 1, position_y: 1, width: 36, height: 26, options: { currency: 'EUR', days: 365 } });
}

/** Manual discount limits per role (reps 10 %, managers 30 %) and the pricing policy, unless an administrator set them already. */
async function ensureDiscountPolicy(api: AdminClient, roleIds: ReadonlyMap<string, string>): Promise<void> {
	const limits = await api.request<{ role: string | null }[]>('GET', '/items/crm_discount_limits?fields=role&limit=-1');
	const wanted: [string, number][] = [['Sales rep', 1000], ['Sales manager', 3000]];
	const missing = wanted.filter(([name]) => roleIds.has(name) && !limits.some((l) => l.role === roleIds.get(name)));
	if (missing.length) await api.request('POST', '/items/crm_discount_limits', missing.map(([name, bp]) => ({ role: roleIds.get(name), max_discount_bp: bp })));
	const policy = await api.request<{ id?: string } | null>('GET', '/items/crm_pricing_policy?fields=id');
	if (!policy?.id) await api.request('PATCH', '/items/crm_pricing_policy', { max_line_discount_bp: 5000, max_order_discount_bp: 5000, min_margin_bp: 500 });
}

/** Project-wide default list layouts; a layout an administrator already saved is kept. */
async function ensureListLayouts(api: AdminClient): Promise<void> {
	const existing = await api.request<{ collection: string }[]>('GET', '/presets?filter[user][_null]=true&filter[role][_null]=true&filter[bookmark][_null]=true&fields=collection&limit=-1');
	const missing = Object.entries(LIST_LAYOUTS).filter(([collection]) => !existing.some((p) => p.collection === collection));
	if (missing.length === 0) return;
	await api.request(
		'POST',
		'/presets',
		missing.map(([collection, { fields, sort }]) => ({ collection, user: null, role: null, bookmark: null, layout: 'tabular', layout_query: { tabular: { fields, sort, page: 1 } } })),
	);
}

/** Roles, policies, permissions and demo users, idempotently through the API. Returns the demo logins. */
export async function seedAccess(api: AdminClient, { password, withDemoUsers = true }: { password: string; withDemoUsers?: boolean }): Promise<DemoLogin[]> {
	const roleIds = new Map<string, string>();
	for (const role of ROLES) roleIds.set(role.name, await ensureRole(api, role));
	await ensureListLayouts(api);
	await ensureReceivablesDashboard(api);
	await ensureDiscountsDashboard(api);
	await ensureDiscountPolicy(api, roleIds);
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
	await ensureServiceDashboard(api);

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
