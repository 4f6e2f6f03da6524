import { AnswerCache, analyticsCacheTtlMs, analyticsVersionSource } from '@crm/directus';
import type { Request, Response, Router } from 'express';

type Env = Record<string, unknown>;

/** How many answers of the analyses one server keeps. */
const MAX_ANSWERS = 500;

/** The server's kept answers of the analyses; null when CRM_ANALYTICS_CACHE_SECONDS is 0. */
export function createAnswerCache(env: Env): AnswerCache | null {
	const ttlMs = analyticsCacheTtlMs(env);
	return ttlMs === 0 ? null : new AnswerCache(analyticsVersionSource(env), { ttlMs, maxAnswers: MAX_ANSWERS });
}

/** Writes through the CRM's own routes (and the tracking links, which record opens and clicks) change the data the answers are made of. */
const writes = (req: Request) => (req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/track/');

/** Raises the data version once a writing /crm request has answered successfully (its transaction has committed by then). */
export function forgetAnswersAfterWrites(router: Router, cache: AnswerCache | null): void {
	if (!cache) return;
	router.use((req: Request, res: Response, next) => {
		if (writes(req)) res.on('finish', () => void (res.statusCode < 400 ? cache.changed() : undefined));
		next();
	});
}

/** The answer to `question` for callers with the access `accessKey`, kept while the data holds; computed every time without a cache. */
export function cachedAnswer<T>(cache: AnswerCache | null, question: string, accessKey: string, compute: () => Promise<T>): Promise<T> {
	return cache ? cache.answer(`${question}\u0000${accessKey}`, compute) : compute();
}
