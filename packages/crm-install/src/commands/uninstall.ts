import { readProjectSchema } from '../apply/read-project-schema.ts';
import { type SchemaSnapshot, snapshotWithout } from '../plan/snapshot-without.ts';
import { type CommandContext, Refusal } from './context.ts';

export interface UninstallOptions {
	/** Also delete the module's collections with all their data, and its list layouts. */
	dropData?: boolean;
	/** Confirms --drop-data without asking. */
	yes?: boolean;
	/** Asks the user to confirm --drop-data; answers false when nobody can answer. */
	confirm?: (question: string) => Promise<boolean>;
}

interface Extension {
	id: string;
	/** The bundle an entry belongs to. */
	bundle: string | null;
	schema: { name: string; type: string } | null;
	meta: { enabled: boolean };
}

/**
 * Switches the module's extensions off: Directus stops running them at once; removing the package is the
 * administrator's step. A bundle is switched off as a whole (Directus switches its entries with it).
 */
async function disableExtensions(ctx: CommandContext): Promise<number> {
	const ours = (await ctx.api.request<Extension[]>('GET', '/extensions')).filter((e) => e.schema && ctx.files.access.extensions.includes(e.schema.name) && e.meta.enabled);
	const bundles = new Set(ours.filter((e) => e.schema!.type === 'bundle').map((e) => e.id));
	for (const extension of ours.filter((e) => !(e.bundle && bundles.has(e.bundle)))) {
		await ctx.api.request('PATCH', `/extensions/${extension.id}`, { meta: { enabled: false } });
		// Each switch reloads the extensions. A PATCH that arrives during a reload waits for it inside its
		// transaction while the reload waits for a connection: on SQLite (one connection) Directus then
		// stalls for a minute and gives up. Reading the list waits for the reload outside any transaction.
		await ctx.api.request('GET', '/extensions');
	}
	return ours.length;
}

async function deleteIfPresent(ctx: CommandContext, path: string, ids: readonly string[]): Promise<number> {
	if (ids.length === 0) return 0;
	const present = await ctx.api.request<{ id: string }[]>('GET', `${path}?filter[id][_in]=${ids.join(',')}&fields=id&limit=-1`);
	for (const { id } of present) await ctx.api.request('DELETE', `${path}/${id}`);
	return present.length;
}

/** The module's collections with their data, as one schema change Directus applies in one transaction, then its list layouts. */
async function dropData(ctx: CommandContext): Promise<number> {
	const project = await readProjectSchema(ctx.api);
	const present = new Set(project.collections.map((c) => c.collection));
	const dropped = new Set(ctx.files.model.collections.map((c) => c.collection).filter((c) => present.has(c)));
	if (dropped.size > 0) {
		const snapshot = await ctx.api.request<SchemaSnapshot>('GET', '/schema/snapshot');
		// force: the snapshot is this project's own, so its Directus version and database always match.
		const diff = await ctx.api.request<{ hash: string; diff: unknown } | undefined>('POST', '/schema/diff?force=true', snapshotWithout(snapshot, dropped));
		if (diff) await ctx.api.request('POST', '/schema/apply', diff);
	}
	const layouts = await ctx.api.request<{ id: number; collection: string }[]>('GET', '/presets?filter[user][_null]=true&filter[role][_null]=true&filter[bookmark][_null]=true&fields=id,collection&limit=-1');
	for (const preset of layouts.filter((p) => dropped.has(p.collection))) await ctx.api.request('DELETE', `/presets/${preset.id}`);
	return dropped.size;
}

/**
 * Removes what the module brought: its extensions are switched off, its dashboards, roles and policies
 * deleted (the project's users keep their accounts). The data stays unless --drop-data is given and
 * confirmed; then the module's collections go with everything in them.
 */
export async function uninstall(ctx: CommandContext, options: UninstallOptions = {}): Promise<void> {
	if (options.dropData && !options.yes) {
		const sure = (await options.confirm?.('Delete every CRM collection with all its data? This cannot be undone. Type "yes": ')) ?? false;
		if (!sure) throw new Refusal('--drop-data deletes every CRM collection with its data: confirm it when asked, or add --yes. Nothing was changed.');
	}
	const extensions = await disableExtensions(ctx);
	const dashboards = await deleteIfPresent(ctx, '/dashboards', ctx.files.access.dashboards.map((d) => d.id));
	const roles = await deleteIfPresent(ctx, '/roles', ctx.files.access.roles.map((r) => r.id));
	const policies = await deleteIfPresent(ctx, '/policies', ctx.files.access.roles.map((r) => r.policy.id));
	ctx.log(`switched off ${extensions} extension(s); removed ${dashboards} dashboard(s), ${roles} role(s), ${policies} polic(ies)`);
	if (options.dropData) ctx.log(`deleted ${await dropData(ctx)} collection(s) with their data`);
	else ctx.log('the CRM data stays; uninstall --drop-data deletes it. Remove the extension package from the project to finish.');
}
