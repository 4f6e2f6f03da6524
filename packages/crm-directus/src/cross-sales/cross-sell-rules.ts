import { type AssociationRule, mineAssociationRules, type MiningThresholds } from '@crm/core';
import type { Knex } from 'knex';
import { AnswerCache } from '../analytics/answer-cache.ts';
import { analyticsVersionSource } from '../analytics/analytics-version.ts';
import { loadOrderBaskets } from './load-order-baskets.ts';

type Env = Record<string, unknown>;

/** The rules mined from the order history, with what they were mined from. */
export interface MinedRules {
	/** Counted orders the rules were mined from. */
	orders: number;
	thresholds: MiningThresholds;
	rules: AssociationRule[];
	minedAt: string;
}

function whole(env: Env, name: string, byDefault: number): number {
	const raw = env[name];
	const value = raw === undefined || raw === '' ? byDefault : Number(raw);
	if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${name} must be a whole number 0 or more, got "${String(raw)}".`);
	return value;
}

/**
 * The mining minimums: CRM_CROSS_SELL_MIN_SUPPORT_BP (default 20: both products in 0.2 % of all orders),
 * CRM_CROSS_SELL_MIN_CONFIDENCE_BP (default 2000: 20 % of the orders with the first product hold the second),
 * CRM_CROSS_SELL_MIN_LIFT_BP (default 12000: bought together 1.2× as often as by chance) and
 * CRM_CROSS_SELL_MAX_RULES (default 10000, the strongest kept).
 */
export function crossSellThresholds(env: Env): MiningThresholds {
	return {
		minSupportBp: whole(env, 'CRM_CROSS_SELL_MIN_SUPPORT_BP', 20),
		minConfidenceBp: whole(env, 'CRM_CROSS_SELL_MIN_CONFIDENCE_BP', 2000),
		minLiftBp: whole(env, 'CRM_CROSS_SELL_MIN_LIFT_BP', 12_000),
		maxRules: Math.max(1, whole(env, 'CRM_CROSS_SELL_MAX_RULES', 10_000)),
	};
}

/** Mines the rules from every counted order now. */
export async function mineOrderHistory(knex: Knex, thresholds: MiningThresholds, now = new Date()): Promise<MinedRules> {
	const { baskets, orders } = await loadOrderBaskets(knex);
	const rules = mineAssociationRules(baskets, thresholds);
	return { orders: orders(), thresholds, rules, minedAt: now.toISOString() };
}

/**
 * The mined rules of one server, kept while the CRM's data version holds (the analyses' version: any write to
 * the CRM raises it) and for at most CRM_CROSS_SELL_CACHE_SECONDS (default 900; 0 mines on every request).
 * Concurrent callers share one mining run.
 */
export class CrossSellRules {
	readonly #knex: Knex;
	readonly #thresholds: MiningThresholds;
	readonly #cache: AnswerCache | null;

	constructor(knex: Knex, env: Env) {
		this.#knex = knex;
		this.#thresholds = crossSellThresholds(env);
		const ttlMs = whole(env, 'CRM_CROSS_SELL_CACHE_SECONDS', 900) * 1000;
		this.#cache = ttlMs === 0 ? null : new AnswerCache(analyticsVersionSource(env), { ttlMs, maxAnswers: 1 });
	}

	current(): Promise<MinedRules> {
		const mine = () => mineOrderHistory(this.#knex, this.#thresholds);
		return this.#cache ? this.#cache.answer('cross-sell-rules', mine) : mine();
	}
}
