import { readProjectSchema } from '../apply/read-project-schema.ts';
import { RegistryStore } from '../apply/registry-store.ts';
import { planUpgrade } from '../plan/plan-upgrade.ts';
import { REGISTRY } from '../plan/registry.ts';
import type { CommandContext } from './context.ts';

/** The installed schema version, what an upgrade would run, and an interrupted run if there is one. */
export async function status(ctx: CommandContext): Promise<{ installed: number; latest: number; pending: number[] }> {
	const project = await readProjectSchema(ctx.api);
	const records = project.collections.some((c) => c.collection === REGISTRY) ? await new RegistryStore(ctx.api).read() : [];
	const plan = planUpgrade(ctx.files.migrations, records);
	ctx.log(plan.installed === 0 && !plan.resume ? 'The CRM module is not installed in this project.' : `installed: CRM schema version ${plan.installed}`);
	ctx.log(`this module: version ${plan.latest}`);
	for (const m of plan.pending) ctx.log(`pending: ${m.version} ${m.name} (${m.steps.length} steps)`);
	if (plan.resume) ctx.log(`interrupted: ${plan.resume.version} ${plan.resume.name} at step ${plan.resume.progress?.step ?? 0}; upgrade goes on from there`);
	return { installed: plan.installed, latest: plan.latest, pending: plan.pending.map((m) => m.version) };
}
