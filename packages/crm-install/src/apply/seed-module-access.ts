import type { AccessModel, DashboardDef, PermissionDef, RoleDef } from '../plan/access-model.ts';
import { planNewPanels } from '../plan/plan-new-panels.ts';
import { type PermissionRow, planPermissionChanges } from '../plan/plan-permission-changes.ts';
import type { ApiLike } from './api-like.ts';

export interface SeedOptions {
	/**
	 * Take a policy or role of the module's name as the module's when its fixed id is not there: only for
	 * a project that holds nothing but the module (an `npm start` database from before the fixed ids).
	 */
	adoptByName?: boolean;
	/** Where to say which permissions were left as an administrator set them, and which panels were added. */
	log?: (line: string) => void;
	/** The schema version an upgrade started from: the module's dashboards get the panels later releases placed on them. */
	upgradedFrom?: number;
}

const q = encodeURIComponent;

async function findId(api: ApiLike, path: string, id: string, name: string, adopt: boolean): Promise<string | null> {
	const byId = await api.request<{ id: string }[]>('GET', `${path}?filter[id][_eq]=${q(id)}&fields=id`);
	if (byId[0]) return byId[0].id;
	if (!adopt) return null;
	return (await api.request<{ id: string }[]>('GET', `${path}?filter[name][_eq]=${q(name)}&fields=id`))[0]?.id ?? null;
}

const PERMISSION_FIELDS = 'id,collection,action,fields,permissions,validation,presets';

/**
 * The module's policy with this release's permissions: missing ones added, ones exactly as an earlier
 * release wrote them updated or removed; a permission an administrator changed is kept (and named).
 */
async function ensurePolicy(api: ApiLike, role: RoleDef, access: AccessModel, options: SeedOptions): Promise<string> {
	const { permissions, ...policy } = role.policy;
	const id = (await findId(api, '/policies', policy.id, policy.name, Boolean(options.adoptByName))) ?? (await api.request<{ id: string }>('POST', '/policies', policy)).id;
	const rows = await api.request<PermissionRow[]>('GET', `/permissions?filter[policy][_eq]=${id}&fields=${PERMISSION_FIELDS}&limit=-1`);
	const changes = planPermissionChanges(permissions, rows, (access.superseded ?? []).filter((p) => p.policy === policy.id));
	const full = (p: PermissionDef) => ({ permissions: null, validation: null, presets: null, fields: ['*'], ...p });
	if (changes.create.length) await api.request('POST', '/permissions', changes.create.map((p) => ({ ...full(p), policy: id })));
	for (const { id: rowId, to } of changes.update) await api.request('PATCH', `/permissions/${rowId}`, full(to));
	if (changes.remove.length) await api.request('DELETE', '/permissions', changes.remove);
	for (const row of changes.kept) options.log?.(`kept ${policy.name}: ${row.action} ${row.collection} as the project set it`);
	return id;
}

async function ensureRole(api: ApiLike, role: RoleDef, access: AccessModel, options: SeedOptions): Promise<string> {
	const adopt = Boolean(options.adoptByName);
	const policyId = await ensurePolicy(api, role, access, options);
	const roleId = (await findId(api, '/roles', role.id, role.name, adopt)) ?? (await api.request<{ id: string }>('POST', '/roles', { id: role.id, name: role.name, icon: role.icon, description: role.description })).id;
	const links = await api.request<unknown[]>('GET', `/access?filter[role][_eq]=${roleId}&filter[policy][_eq]=${policyId}&fields=id`);
	if (links.length === 0) await api.request('POST', '/access', { role: roleId, policy: policyId });
	return roleId;
}

async function ensureDashboard(api: ApiLike, dashboard: DashboardDef, options: SeedOptions): Promise<void> {
	const id = await findId(api, '/dashboards', dashboard.id, dashboard.name, Boolean(options.adoptByName));
	if (id && options.upgradedFrom === undefined) return;
	const { panels, ...fields } = dashboard;
	if (!id) await api.request('POST', '/dashboards', fields);
	const present = id ? await api.request<{ type: string }[]>('GET', `/panels?filter[dashboard][_eq]=${q(id)}&fields=type&limit=-1`) : [];
	const placed = id ? planNewPanels(dashboard, present, options.upgradedFrom!) : panels;
	for (const { since: _since, ...panel } of placed) await api.request('POST', '/panels', { ...panel, dashboard: id ?? dashboard.id, show_header: true });
	if (id && placed.length) options.log?.(`added to the dashboard ${dashboard.name}: ${placed.map((p) => p.name).join(', ')}`);
}

/** Project-wide default list layouts of the module's collections; a layout already saved is kept. */
async function ensureListLayouts(api: ApiLike, layouts: AccessModel['listLayouts']): Promise<void> {
	const existing = await api.request<{ collection: string }[]>('GET', '/presets?filter[user][_null]=true&filter[role][_null]=true&filter[bookmark][_null]=true&fields=collection&limit=-1');
	const missing = Object.entries(layouts).filter(([collection]) => !existing.some((p) => p.collection === collection));
	if (missing.length === 0) return;
	await api.request('POST', '/presets', missing.map(([collection, { fields, sort, layout = 'tabular', options }]) => ({ collection, user: null, role: null, bookmark: null, layout, layout_query: { [layout]: { fields, sort, page: 1 } }, ...(options ? { layout_options: { [layout]: options } } : {}) })));
}

/** The rows a collection starts with, only while it holds none: an administrator's own stages or reasons are kept. */
async function ensureStartingRows(api: ApiLike, startingRows: AccessModel['startingRows'] = {}): Promise<void> {
	for (const [collection, rows] of Object.entries(startingRows)) {
		const existing = await api.request<unknown[]>('GET', `/items/${collection}?fields=id&limit=1`);
		if (existing.length === 0) await api.request('POST', `/items/${collection}`, rows);
	}
}

/** Discount limits per role and the pricing policy, unless the project set its own. */
async function ensurePricingDefaults(api: ApiLike, access: AccessModel, roleIds: ReadonlyMap<string, string>): Promise<void> {
	const limits = await api.request<{ role: string | null }[]>('GET', '/items/crm_discount_limits?fields=role&limit=-1');
	const missing = Object.entries(access.discountLimits).filter(([name]) => roleIds.has(name) && !limits.some((l) => l.role === roleIds.get(name)));
	if (missing.length) await api.request('POST', '/items/crm_discount_limits', missing.map(([name, bp]) => ({ role: roleIds.get(name), max_discount_bp: bp })));
	const policy = await api.request<{ id?: string } | null>('GET', '/items/crm_pricing_policy?fields=id');
	if (!policy?.id) await api.request('PATCH', '/items/crm_pricing_policy', access.pricingPolicy);
}

/**
 * The module's roles, policies, permissions, list layouts, dashboards and pricing defaults,
 * idempotently. Its own are found by their fixed ids; the project's roles, policies and presets are
 * never read for changes, let alone changed. Answers the module's role ids by role name.
 */
export async function seedModuleAccess(api: ApiLike, access: AccessModel, options: SeedOptions = {}): Promise<Map<string, string>> {
	const roleIds = new Map<string, string>();
	for (const role of access.roles) roleIds.set(role.name, await ensureRole(api, role, access, options));
	await ensureListLayouts(api, access.listLayouts);
	for (const dashboard of access.dashboards) await ensureDashboard(api, dashboard, options);
	await ensurePricingDefaults(api, access, roleIds);
	await ensureStartingRows(api, access.startingRows);
	return roleIds;
}
