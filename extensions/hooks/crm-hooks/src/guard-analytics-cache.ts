import { analyticsCacheTtlMs, analyticsVersionSource } from '@crm/directus';
import type { RegisterFunctions } from '@directus/types';

type Env = Record<string, unknown>;

/**
 * The analyses keep their answers per version of the CRM's data (see AnswerCache): every committed create,
 * update or delete of a CRM collection through Directus raises it. The CRM's own routes raise it after each
 * write they answer, and its jobs after they change something. Returns what the jobs call.
 */
export function raiseAnalyticsVersion({ action }: RegisterFunctions, env: Env): () => Promise<void> {
	if (analyticsCacheTtlMs(env) === 0) return async () => {};
	const source = analyticsVersionSource(env);
	for (const event of ['items.create', 'items.update', 'items.delete']) {
		action(event, (meta) => {
			if (String(meta['collection'] ?? '').startsWith('crm_')) void source.raise();
		});
	}
	return () => source.raise();
}
