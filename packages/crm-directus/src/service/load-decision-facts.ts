import { type DecisionKind, isOpenRequestStatus, type RecomputeDecisionInput } from '@crm/core';
import type { Knex } from 'knex';
import { textOrNull } from '../db-cells.ts';
import { queryAll } from '../query-all.ts';
import { instantOf } from './instant.ts';
import { loadRoutingPool } from './load-routing-pool.ts';
import { type RoutableRequestRow, routingRequestOf } from './routing-request-of.ts';

interface DecisionRow {
	id: string;
	request: string;
	kind: DecisionKind;
	assignee: string | null;
	summary: string | null;
	date_created: unknown;
}

interface RequestRow extends RoutableRequestRow {
	assignee: string | null;
	status: string;
}

export interface DecisionFacts {
	stored: { id: string; request: string; kind: DecisionKind; assignee: string | null; summary: string; decidedAt: string };
	input: RecomputeDecisionInput;
}

/**
 * What explaining a stored decision again needs (recomputeDecision): the decision, the request as it is,
 * who held it before, and the specialists with availability and absences at the decision's moment.
 * Null when the decision does not exist.
 */
export async function loadDecisionFacts(db: Knex, decisionId: string): Promise<DecisionFacts | null> {
	const decision = (await db('crm_service_routing_decisions').where('id', decisionId).first('id', 'request', 'kind', 'assignee', 'summary', 'date_created')) as DecisionRow | undefined;
	if (!decision) return null;
	const request = (await db('crm_service_requests').where('id', decision.request).first('id', 'priority', 'required_skills', 'team', 'customer', 'assignee', 'status')) as RequestRow | undefined;
	const decidedAt = instantOf(decision.date_created);
	if (!request || decidedAt === null) return null;
	const previous = (await db('crm_service_routing_decisions').where('request', decision.request).where('date_created', '<', decision.date_created as Date | number | string).orderBy('date_created', 'desc').first('assignee')) as Pick<DecisionRow, 'assignee'> | undefined;
	const [pool, lastAssigned] = await queryAll(db, [() => loadRoutingPool(db, decidedAt), () => lastAssignedBefore(db, decision.date_created)] as const);
	// Round robin as it stood then: each specialist's latest assignment before this decision.
	const specialists = pool.specialists.map((s) => ({ ...s, lastAssignedAt: lastAssigned.get(s.id) ?? null }));
	return {
		stored: { id: decision.id, request: decision.request, kind: decision.kind, assignee: textOrNull(decision.assignee), summary: decision.summary ?? '', decidedAt },
		input: {
			request: routingRequestOf(request),
			holder: { assignee: textOrNull(request.assignee), open: isOpenRequestStatus(request.status) },
			decision: { kind: decision.kind, assignee: textOrNull(decision.assignee), decidedAt, previousAssignee: textOrNull(previous?.assignee) },
			specialists,
		},
	};
}

/** Every specialist's latest assignment before a moment: each assignment is a decision naming them. */
async function lastAssignedBefore(db: Knex, before: unknown): Promise<Map<string, string>> {
	const rows = (await db('crm_service_routing_decisions').where('date_created', '<', before as Date | number | string).whereNotNull('assignee').groupBy('assignee').select('assignee').max({ at: 'date_created' })) as { assignee: string; at: unknown }[];
	return new Map(rows.flatMap((r) => (instantOf(r.at) === null ? [] : [[String(r.assignee), instantOf(r.at)!] as [string, string]])));
}
