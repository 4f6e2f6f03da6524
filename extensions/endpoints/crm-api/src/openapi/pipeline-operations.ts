import type { ApiOperation } from './api-operation.ts';
import { answerOf, id, integer, listOf, objectWith, QUOTE_ROW } from './answer-schemas.ts';

const STAGE_TIME = objectWith({ stage: id, stage_name: { type: 'string' }, visits: integer, days: { type: 'number', description: 'Days spent in the stage, to the hundredth; the current stage counts until now.' }, current: { type: 'boolean' } });

export const PIPELINE_OPERATIONS: readonly ApiOperation[] = [
	{
		method: 'post',
		path: '/opportunities/:id/quote',
		tag: 'Sales pipeline',
		summary: 'Make a proposal from an opportunity',
		description: 'S6.8: a draft proposal for an open opportunity, with its customer, contact, owner and currency, linked both ways (the proposal\'s `opportunity`, the opportunity\'s `quote`). Add its lines, send and accept it: the order it becomes carries the opportunity, and confirming that order wins it. One standing proposal per opportunity: a draft, sent or accepted one must be rejected (or expire) before another is made. The caller needs to read the opportunity and to create proposals.',
		pathId: 'The opportunity.',
		bodyOptional: true,
		status: 201,
		answer: answerOf(QUOTE_ROW),
		errors: ['CRM_NOT_PERMITTED', 'CRM_OPPORTUNITY_CLOSED', 'CRM_OPPORTUNITY_HAS_QUOTE', 'CRM_REQUIRED_FIELD'],
	},
	{
		method: 'get',
		path: '/opportunities/:id/stages',
		tag: 'Sales pipeline',
		summary: 'Time in each stage',
		description: 'S6.8: how long the opportunity spent in each stage it was in, in the order it first reached them, from its stage history; a stage visited twice adds up, and the current one counts until now.',
		pathId: 'The opportunity.',
		status: 200,
		answer: answerOf(listOf(STAGE_TIME)),
		errors: ['CRM_NOT_PERMITTED'],
	},
];
