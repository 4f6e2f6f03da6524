import { checkDirectusVersion } from '../apply/check-directus-version.ts';
import { readProjectSchema } from '../apply/read-project-schema.ts';
import { RegistryStore } from '../apply/registry-store.ts';
import { runSchemaStep } from '../apply/run-schema-step.ts';
import { SchemaState } from '../apply/schema-state.ts';
import { seedModuleAccess } from '../apply/seed-module-access.ts';
import { planInstall } from '../plan/plan-install.ts';
import { REGISTRY } from '../plan/registry.ts';
import { type CommandContext, Refusal } from './context.ts';

export interface InstallOptions {
	dryRun?: boolean;
	/** The crm_* collections already there are the module's, installed by an earlier release without the registry. */
	adopt?: boolean;
}

/**
 * Adds the module to a project: the collections, fields and relations it lacks (nothing of the
 * project's is altered or removed), its roles, policies, list layouts and dashboards, and the record
 * of the schema version. A name of ours taken by the project stops it before anything is written; an
 * interrupted install goes on where it stopped when run again.
 */
export async function install(ctx: CommandContext, options: InstallOptions = {}): Promise<void> {
	const version = await checkDirectusVersion(ctx.api);
	const project = await readProjectSchema(ctx.api);
	const registryExists = project.collections.some((c) => c.collection === REGISTRY);
	const plan = planInstall(ctx.files.model, project, registryExists || Boolean(options.adopt));
	if (plan.conflicts.length > 0) {
		throw new Refusal(`The project already has ${plan.conflicts.join(', ')}, which the CRM module would create. Rename or remove them, or, if they are an earlier installation of this module, run install --adopt. Nothing was changed.`);
	}
	const latest = ctx.files.migrations.at(-1)!;
	ctx.log(`Directus ${version}: ${plan.steps.length} schema step(s) to install CRM schema version ${latest.version}`);
	if (options.dryRun) return plan.steps.forEach((s) => ctx.log(`  ${JSON.stringify(s).slice(0, 160)}`));

	const state = new SchemaState(project);
	const registry = new RegistryStore(ctx.api);
	for (const step of plan.steps) {
		await runSchemaStep(ctx.api, step, state);
		// The registry exists from the first step on: an interrupted install is the module's, not a conflict.
		if (step.kind === 'create_collection' && step.collection.collection === REGISTRY) await registry.start(latest, await registry.read());
	}
	await seedModuleAccess(ctx.api, ctx.files.access);
	await registry.finish(ctx.files.migrations);
	ctx.log(`installed: CRM schema version ${latest.version}, ${ctx.files.access.roles.length} roles, ${ctx.files.access.dashboards.length} dashboards`);
}
