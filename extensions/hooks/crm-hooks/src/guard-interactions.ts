import { assignAuthorOnCreate, checkAuthorOnUpdate } from './assign-interaction-author.ts';
import { checkInteractionOnCreate, checkInteractionOnUpdate } from './check-interaction.ts';
import { type CrmHooks, type HookDeps, visibilityOf } from './hook-kit.ts';

const INTERACTIONS = 'crm_interactions';

/** Calls, meetings and notes on the timeline: a contact of the same customer, a time not too far ahead, system entries untouched, the caller's rep as author. */
export function guardInteractions(hooks: CrmHooks, deps: HookDeps): void {
	hooks.onCreate(INTERACTIONS, async (data, ctx) => {
		await checkInteractionOnCreate({ ...visibilityOf(ctx, deps), now: new Date(), maxFutureMs: deps.maxFutureMs }, data);
		return assignAuthorOnCreate(ctx.knex, ctx.accountability, data);
	});
	hooks.onUpdate(INTERACTIONS, async (data, keys, ctx) => {
		await checkInteractionOnUpdate({ ...visibilityOf(ctx, deps), now: new Date(), maxFutureMs: deps.maxFutureMs }, keys, data);
		await checkAuthorOnUpdate(ctx.knex, ctx.accountability, keys, data);
	});
}
