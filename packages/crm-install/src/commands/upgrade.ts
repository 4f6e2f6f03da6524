import { describeStep } from '../apply/apply-step.ts';
import { checkDirectusVersion } from '../apply/check-directus-version.ts';
import { readProjectSchema } from '../apply/read-project-schema.ts';
import { RegistryStore } from '../apply/registry-store.ts';
import { runMigration } from '../apply/run-migration.ts';
import { SchemaState } from '../apply/schema-state.ts';
import { seedModuleAccess } from '../apply/seed-module-access.ts';
import { planUpgrade } from '../plan/plan-upgrade.ts';
import { REGISTRY } from '../plan/registry.ts';
import { type CommandContext, Refusal } from './context.ts';

/**
 * Runs the migrations the project lacks, oldest first, each from where an interrupted run left it;
 * then brings the module's access to this release (roles, permissions, dashboards; see seedModuleAccess). A migration changes
 * only what it names, so an administrator's own fields, displays and layouts stay as they are.
 */
export async function upgrade(ctx: CommandContext, options: { dryRun?: boolean; panelsFrom?: number } = {}): Promise<void> {
	await checkDirectusVersion(ctx.api);
	const project = await readProjectSchema(ctx.api);
	if (!project.collections.some((c) => c.collection === REGISTRY)) throw new Refusal('The CRM module is not installed in this project (no crm_schema_migrations): run install first.');
	const registry = new RegistryStore(ctx.api);
	const records = await registry.read();
	const plan = planUpgrade(ctx.files.migrations, records);
	if (options.dryRun) {
		if (plan.pending.length === 0) return ctx.log(`up to date: CRM schema version ${plan.installed}`);
		ctx.log(`upgrading CRM schema version ${plan.installed} → ${plan.latest}`);
		for (const m of plan.pending) for (const step of m.steps) ctx.log(`  ${m.version} ${m.name}: ${describeStep(step)}`);
		return;
	}
	if (plan.pending.length > 0) ctx.log(`upgrading CRM schema version ${plan.installed} → ${plan.latest}`);
	const run = { api: ctx.api, registry, state: new SchemaState(project), migrationsDir: ctx.files.migrationsDir, log: ctx.log };
	for (const migration of plan.pending) {
		ctx.log(`  ${migration.version} ${migration.name} (${migration.steps.length} steps)`);
		await runMigration(run, migration, records);
	}
	// Also without a schema change: a release may change access alone. The migrations are recorded by now, so a
	// failure here would leave a rerun starting from the new version: say how to place the new panels then.
	const upgradedFrom = Math.min(plan.installed, options.panelsFrom ?? plan.installed);
	try {
		await seedModuleAccess(ctx.api, ctx.files.access, { log: ctx.log, upgradedFrom });
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		throw new Refusal(`The schema is at version ${plan.latest}, but the roles, permissions and dashboards were not brought to this release: ${message}\nRun \`crm-module upgrade --panels-from ${upgradedFrom}\` again once that is fixed.`);
	}
	ctx.log(plan.pending.length > 0 ? `upgraded: CRM schema version ${plan.latest}` : `up to date: CRM schema version ${plan.installed}; roles and permissions as this release defines them`);
}
