import { CrmError, isUuid, planQuoteFromOpportunity, stageDurations } from '@crm/core';
import { forUpdate, instantOf, runTrusted, toOpportunityFacts } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Request, Router } from 'express';
import { asyncRoute } from '../async-route.ts';
import { serviceOptionsOf } from '../directus-request.ts';

type Row = Record<string, unknown>;
const today = () => new Date().toISOString().slice(0, 10);

function opportunityId(req: Request): string {
	const id = String(req.params['id']);
	if (!isUuid(id)) throw new CrmError('CRM_NOT_FOUND', `There is no opportunity "${id}".`, { parameter: 'id' });
	return id;
}

/**
 * S6.8: an opportunity becomes a proposal (POST …/quote: a draft with its customer, contact, owner and
 * currency, linked both ways; the order accepted from it wins the opportunity when confirmed), and tells
 * how long it spent in each stage (GET …/stages). Both under the caller's policy.
 */
export function registerOpportunityRoutes(router: Router, { services, getSchema, database }: EndpointExtensionContext): void {
	router.post('/opportunities/:id/quote', asyncRoute(async (req, res) => {
		const id = opportunityId(req);
		const options = await serviceOptionsOf(req, getSchema);
		const quote = await database.transaction(async (trx) => {
			const items = (collection: string) => new services.ItemsService(collection, { ...options, knex: trx });
			await items('crm_opportunities').readOne(id, { fields: ['id'] });
			const row = (await forUpdate(trx, trx('crm_opportunities').select('*').where('id', id)).first()) as Row;
			const quotes = (await trx('crm_quotes').select('id', 'number', 'status').where('opportunity', id)) as { id: string; number: string; status: string }[];
			const draft = planQuoteFromOpportunity({ ...toOpportunityFacts(row), contactId: (row['contact'] as string | null) ?? null, ownerId: (row['owner'] as string | null) ?? null }, quotes, today());
			const quoteId = await runTrusted(() => items('crm_quotes').createOne({ ...draft }));
			await runTrusted(() => items('crm_opportunities').updateOne(id, { quote: quoteId }));
			return items('crm_quotes').readOne(quoteId, { fields: ['*', 'lines.*'] });
		});
		res.status(201);
		return { data: quote };
	}));

	router.get('/opportunities/:id/stages', asyncRoute(async (req) => {
		const id = opportunityId(req);
		const options = await serviceOptionsOf(req, getSchema);
		await new services.ItemsService('crm_opportunities', options).readOne(id, { fields: ['id'] });
		const visits = (await new services.ItemsService('crm_opportunity_stage_history', options).readByQuery({ filter: { opportunity: { _eq: id } }, fields: ['stage.id', 'stage.name', 'entered_at', 'left_at'], limit: -1 })) as { stage: { id: string; name: string } | null; entered_at: unknown; left_at: unknown }[];
		const times = stageDurations(visits.filter((v) => v.stage).map((v) => ({ stageId: v.stage!.id, stageName: v.stage!.name, enteredAt: instantOf(v.entered_at)!, leftAt: instantOf(v.left_at) })), new Date().toISOString());
		return { data: times.map((t) => ({ stage: t.stageId, stage_name: t.stageName, visits: t.visits, days: t.centidays / 100, current: t.current })) };
	}));
}
