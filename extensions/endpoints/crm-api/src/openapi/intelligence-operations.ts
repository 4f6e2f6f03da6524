import type { ApiOperation } from './api-operation.ts';
import { amount, answerOf, currency, day, id, instant, integer, listOf, objectWith, oneOf } from './answer-schemas.ts';

const nullable = (type: 'string' | 'integer') => ({ type: [type, 'null'] });
const ABC = { type: ['string', 'null'], enum: ['A', 'B', 'C', null], description: 'A, B or C; null when not classified.' };
const XYZ = { type: ['string', 'null'], enum: ['X', 'Y', 'Z', null], description: 'X, Y or Z; null when there are too few months of history.' };
const signed = { ...amount, description: 'Minor units of the base currency; may be negative.' };
const RUN = objectWith({ id, trigger: oneOf(['schedule', 'manual']), started_at: instant, finished_at: instant, customers: integer, changed: integer, window_from: day, window_to: day });
const CELLS = listOf(objectWith({ abc: ABC, xyz: XYZ, customers: integer, revenue: signed }));
const RAN = objectWith({ run: id, customers: integer, changed: integer, window_from: day, window_to: day, matrix: CELLS });
const OVERVIEW = objectWith({
	base_currency: currency,
	last_run: { ...RUN, type: ['object', 'null'] },
	matrix: listOf(objectWith({ abc: ABC, xyz: XYZ, customers: integer, revenue_base: signed })),
	movements: listOf(objectWith({ from: ABC, to: ABC, customers: integer })),
	moved: listOf(objectWith({ customer: id, name: nullable('string'), from_abc: ABC, to_abc: ABC, from_xyz: XYZ, to_xyz: XYZ, to_category: nullable('string'), revenue_base: signed })),
});

export const INTELLIGENCE_OPERATIONS: readonly ApiOperation[] = [
	{
		method: 'post',
		path: '/classification/runs',
		tag: 'Customer intelligence',
		summary: 'Classify customers now',
		description: 'Runs the customer classification (A5.4, C1) now, as the nightly job does: ABC by net revenue and by gross margin (Pareto cut-offs), XYZ by the coefficient of variation of monthly revenue, RFM quintiles, all over the window of Classification settings, then the first active classification rule a customer matches sets their category and status (never the status of a blocked, lost or prospect customer). Customers whose classes moved get a row in the class history. For whoever may change the classification settings; one run at a time on all servers.',
		status: 200,
		answer: answerOf(RAN),
		errors: ['CRM_NOT_PERMITTED', 'CRM_CLASSIFICATION_RUNNING'],
	},
	{
		method: 'get',
		path: '/classification/overview',
		tag: 'Customer intelligence',
		summary: 'Classes at a glance',
		description: 'The last finished run, customers and revenue (of the last run\'s window) per ABC × XYZ cell, the ABC moves of the last run and the twenty largest customers who moved, summed by the database over the customers the caller may read.',
		status: 200,
		answer: answerOf(OVERVIEW),
		errors: [],
	},
];
