import { randomUUID } from 'node:crypto';
import { type DiscountRule, type DiscountRuleIndex, indexDiscountRules, type PricingPolicy } from '@crm/core';
import type { Knex } from 'knex';
import { queryAll } from '../query-all.ts';
import { type DiscountRuleRow, RULE_JUNCTIONS, type RuleLinks, type SpecialOfferRow, toDiscountRule } from './discount-rows.ts';

/** The single crm_pricing_policy row (bigint as text on PostgreSQL). */
interface PricingPolicyRow {
	max_line_discount_bp: number | string | null;
	max_order_discount_bp: number | string | null;
	min_margin_bp: number | string | null;
	rules_version: number | string | null;
}

/** A rule's m2m junction row, aliased to the rule and the related id. */
interface RuleLinkRow {
	rule: string | null;
	target: string | null;
}

export interface DiscountRuleSet {
	version: number;
	rules: DiscountRule[];
	index: DiscountRuleIndex;
	/** Static offer rows (limits, dates) by id; usage is read per pricing. */
	offerRows: Map<string, SpecialOfferRow>;
	policy: PricingPolicy;
}

export const DEFAULT_POLICY: PricingPolicy = { maxLineDiscountBp: 5000, maxOrderDiscountBp: 5000, minMarginBp: 0 };

// One rule set per process, rebuilt when crm_pricing_policy.rules_version moves. Every write of a rule,
// offer, code or the policy raises the version (see bumpRulesVersion), so each instance sharing the
// database notices on its next pricing: one single-row read instead of thousands of rule rows.
// The load runs on the caller's connection (often a write transaction; SQLite has one connection).
let cached: DiscountRuleSet | null = null;

async function readPolicyRow(knex: Knex): Promise<PricingPolicyRow | undefined> {
	return knex('crm_pricing_policy').select('*').orderBy('id').first() as Promise<PricingPolicyRow | undefined>;
}

function policyOf(row: PricingPolicyRow | undefined): PricingPolicy {
	if (!row) return DEFAULT_POLICY;
	return { maxLineDiscountBp: Number(row.max_line_discount_bp ?? 5000), maxOrderDiscountBp: Number(row.max_order_discount_bp ?? 5000), minMarginBp: Number(row.min_margin_bp ?? 0) };
}

async function loadRuleSet(knex: Knex, version: number, policy: PricingPolicy): Promise<DiscountRuleSet> {
	const [rows, offers, ...junctions] = await queryAll(knex, [
		() => knex('crm_discount_rules').select('*') as Promise<DiscountRuleRow[]>,
		() => knex('crm_special_offers').select('*') as Promise<SpecialOfferRow[]>,
		...RULE_JUNCTIONS.map((j) => () => knex(j.table).select('crm_discount_rules_id as rule', `${j.column} as target`) as Promise<RuleLinkRow[]>),
	]);
	const links = new Map<string, RuleLinks>();
	RULE_JUNCTIONS.forEach((j, i) => {
		for (const link of junctions[i]!) {
			if (!link.rule || !link.target) continue;
			const l = links.get(link.rule) ?? {};
			(l[j.key] ??= []).push(link.target);
			links.set(link.rule, l);
		}
	});
	const rules: DiscountRule[] = [];
	for (const row of rows) {
		try {
			rules.push(toDiscountRule(row, links.get(row.id)));
		} catch {
			// A rule stored before validation existed (or written around the API) must not stop all pricing; it is skipped.
		}
	}
	return { version, rules, index: indexDiscountRules(rules), offerRows: new Map(offers.map((o) => [o.id, o])), policy };
}

/** The current rules, offers and policy, indexed; reloaded only when the rules version moved. */
export async function loadDiscountRules(knex: Knex): Promise<DiscountRuleSet> {
	const policyRow = await readPolicyRow(knex);
	const version = Number(policyRow?.rules_version ?? 0);
	const policy = policyOf(policyRow);
	if (cached && cached.version === version && policyRow) return { ...cached, policy };
	const set = await loadRuleSet(knex, version, policy);
	if (policyRow && (!cached || cached.version <= version)) cached = set;
	return set;
}

/** Called after any write to rules, offers, codes or the policy, on any instance. */
export async function bumpRulesVersion(knex: Knex): Promise<void> {
	const updated = await knex('crm_pricing_policy').increment('rules_version', 1);
	if (updated === 0) {
		await knex('crm_pricing_policy').insert({ id: randomUUID(), max_line_discount_bp: 5000, max_order_discount_bp: 5000, min_margin_bp: 0, rules_version: 1 });
	}
	cached = null;
}
