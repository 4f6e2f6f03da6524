import { ACTIVITY_QUERY_PARAMETERS } from '@crm/core';
import type { ApiOperation } from './api-operation.ts';
import { answerOf, day, id, integer, listOf, objectWith } from './answer-schemas.ts';

const tag = 'Sales reps';
const nullableInt = { type: ['integer', 'null'] } as const;
const CUSTOMER = objectWith({ id, name: { type: 'string' } });
const metres = { type: 'integer', description: 'Straight-line (haversine) metres, summed leg by leg.' } as const;
const ORDER = objectWith({
	plan: id,
	before: objectWith({ total_distance_m: metres, stops: listOf(objectWith({ id, customer: CUSTOMER })) }),
	after: objectWith({ total_distance_m: metres, stops: listOf(objectWith({ id, sort: integer, customer: CUSTOMER, distance_m: { ...nullableInt, description: 'From the previous stop (or the start); null for a customer without coordinates.' } })) }),
	saved_m: integer,
	unlocated: { ...integer, description: 'Stops whose customer has no coordinates: they keep their order at the end.' },
	explanation: { type: 'string', description: 'E.g. "Ordered by distance: 42.3 km instead of 67.0 km."' },
});
const MEASURE = objectWith({ target: nullableInt, actual: integer, attainment_bp: { ...nullableInt, description: 'Actual of target in basis points, rounded down; null without a target.' } });
const ROW = objectWith({ id, name: { type: 'string' }, team: { type: ['string', 'null'] }, target: { type: ['string', 'null'], description: 'The activity target applied (the rep\'s own, else the team\'s); null for a team row or without one.' }, calls: MEASURE, visits: MEASURE, proposals: MEASURE, sentence: { type: 'string' } });

export const VISIT_OPERATIONS: readonly ApiOperation[] = [
	{
		method: 'post',
		path: '/visit-plans/:id/order',
		tag,
		summary: 'Order a visit plan\'s stops by distance',
		description: 'S6.2: nearest neighbour from the plan\'s start (its start coordinates, else the first stop with coordinates, which stays first), improved by 2-opt and kept only when shorter than the current order; stops whose customer has no coordinates keep their relative order at the end. Stores each stop\'s sort and distance from the previous one and the plan\'s total distance and explanation in one transaction, and answers the order before and after. The rep of the plan, the manager of the rep\'s team and administrators (the plan must be readable to the caller).',
		pathId: 'The visit plan.',
		bodyOptional: true,
		status: 200,
		answer: answerOf(ORDER),
		errors: ['CRM_NOT_FOUND', 'CRM_VISIT_PLAN_FORBIDDEN', 'CRM_COORDINATES_INVALID'],
	},
	{
		method: 'get',
		path: '/activity-targets',
		tag,
		summary: 'Activity against target for a week',
		description: 'S6.2: per rep and team, the calls and visits (interactions of type call and visit by the rep) and proposals (quotes the rep owns, created in the week) of the ISO week (Monday to Sunday, UTC days) holding `week`, against the rep\'s own activity target valid that week, else the team\'s; a team adds up its reps. The reps are the caller and the reps of the teams they manage (every rep for an administrator); targets, interactions and proposals are read under the caller\'s policy.',
		query: ACTIVITY_QUERY_PARAMETERS,
		status: 200,
		answer: answerOf(objectWith({ week: { type: 'string', description: 'E.g. 2026-W50.' }, monday: day, sunday: day, reps: listOf(ROW), teams: listOf(ROW) })),
		errors: ['CRM_INVALID_QUERY'],
	},
];
