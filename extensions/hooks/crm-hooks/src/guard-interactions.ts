import { checkInteractionOnCreate, checkInteractionOnUpdate } from './check-interaction.ts';
import { type CrmHooks, type HookDeps, visibilityOf } from './hook-kit.ts';

const INTERACTIONS = 'crm_interactions';

/** Calls, meetings and notes on the timeline: a contact of the same customer, a time not too far ahead, system entries untouched. */
export function guardInteractions(hooks: CrmHooks, deps: HookDeps): void {
	hooks.onCreate(INTERACTIONS, (data, ctx) => checkInteractionOnCreate({ ...visibilityOf(ctx, deps), now: new Date(), maxFutureMs: deps.maxFutureMs }, data));
	hooks.onUpdate(INTERACTIONS, (data, keys, ctx) => checkInteractionOnUpdate({ ...visibilityOf(ctx, deps), now: new Date(), maxFutureMs: deps.maxFutureMs }, keys, data));
}
