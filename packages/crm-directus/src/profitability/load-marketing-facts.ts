import type { CampaignShareFacts, MarketingFacts, ProfitabilityPeriod } from '@crm/core';
import type { Knex } from 'knex';
import { dayForDriver } from '../ledger-rows.ts';
import { byCustomer, narrowed, type ProfitScope, whole } from './profit-sql.ts';

type Row = Record<string, unknown>;

/** campaignShare in SQL: spend div customers, plus one minor unit (of the spend's sign) for the first |spend mod customers| ranks. */
const SHARE = 's.spend / r.customers + CASE WHEN r.rnk <= ABS(s.spend % r.customers) THEN (CASE WHEN s.spend < 0 THEN -1 ELSE 1 END) ELSE 0 END';

/**
 * Every campaign's spend booked in the period, and each customer it addressed (its members' customers, once)
 * ranked by id within the campaign: the shares are computed over all of a campaign's customers, whoever asks,
 * and only the scope's rows are read out.
 */
function sharesQuery(knex: Knex, period: ProfitabilityPeriod): Knex.QueryBuilder {
	const spend = knex('crm_campaign_spend').where('spent_on', '>=', dayForDriver(knex, period.from)).where('spent_on', '<=', dayForDriver(knex, period.to)).groupBy('campaign').havingRaw('SUM(amount_base) <> 0').select('campaign', knex.raw('CAST(SUM(amount_base) AS BIGINT) as spend'));
	const audience = knex('crm_campaign_members').distinct('campaign', 'customer').whereIn('campaign', knex('spend').select('campaign'));
	const ranked = knex('audience').select('campaign', 'customer', knex.raw('ROW_NUMBER() OVER (PARTITION BY campaign ORDER BY customer) as rnk'), knex.raw('COUNT(*) OVER (PARTITION BY campaign) as customers'));
	return knex.with('spend', spend).with('audience', audience).with('ranked', ranked).from('ranked as r').join('spend as s', 's.campaign', 'r.campaign');
}

/** One customer's shares, campaign by campaign, named by code and name. */
async function loadDetail(knex: Knex, period: ProfitabilityPeriod, scope: ProfitScope): Promise<Map<string, CampaignShareFacts[]>> {
	const rows: Row[] = await narrowed(sharesQuery(knex, period), 'r.customer', scope).join('crm_campaigns as c', 'c.id', 'r.campaign').select('r.customer', 'r.campaign', 'c.code', 'c.name', 's.spend', 'r.customers', knex.raw(`${SHARE} as share`));
	const out = new Map<string, CampaignShareFacts[]>();
	for (const r of rows) {
		const share: CampaignShareFacts = { campaign: String(r['campaign']), label: `${String(r['code'])} · ${String(r['name'])}`, spend: whole(r['spend']), customers: whole(r['customers']), share: whole(r['share']) };
		out.set(String(r['customer']), [...(out.get(String(r['customer'])) ?? []), share]);
	}
	return out;
}

/** Marketing spend attributed to every customer in scope: one query (GROUP BY customer), or per campaign for one customer. */
export async function loadMarketingFacts(knex: Knex, period: ProfitabilityPeriod, scope: ProfitScope): Promise<Map<string, MarketingFacts>> {
	if (scope.detail) {
		const detail = await loadDetail(knex, period, scope);
		return byCustomer([...detail.keys()].map((customer) => ({ customer })), scope, (r) => {
			const shares = detail.get(String(r['customer']))!;
			return { amount: shares.reduce((s, c) => s + c.share, 0), campaigns: shares.length, detail: shares };
		});
	}
	const rows: Row[] = await narrowed(sharesQuery(knex, period), 'r.customer', scope).groupBy('r.customer').select('r.customer', knex.raw(`SUM(${SHARE}) as amount`), knex.raw('COUNT(*) as campaigns'));
	return byCustomer(rows, scope, (r) => ({ amount: whole(r['amount']), campaigns: whole(r['campaigns']), detail: null }));
}
