import { ANALYTICS_OPERATIONS } from './analytics-operations.ts';
import type { ApiOperation } from './api-operation.ts';
import { ANY_OBJECT, answerOf, currency, objectWith } from './answer-schemas.ts';
import { ASSIGNMENT_OPERATIONS } from './assignment-operations.ts';
import { CROSS_SALES_OPERATIONS } from './cross-sales-operations.ts';
import { COMMISSION_OPERATIONS } from './commission-operations.ts';
import { CUSTOMER_OPERATIONS } from './customer-operations.ts';
import { INTELLIGENCE_OPERATIONS } from './intelligence-operations.ts';
import { MARKETING_OPERATIONS } from './marketing-operations.ts';
import { ORDER_OPERATIONS, QUOTE_OPERATIONS } from './order-operations.ts';
import { PIPELINE_OPERATIONS } from './pipeline-operations.ts';
import { PRICING_OPERATIONS } from './pricing-operations.ts';
import { SALES_PLANNING_OPERATIONS } from './sales-planning-operations.ts';
import { PROFITABILITY_OPERATIONS } from './profitability-operations.ts';
import { REPEAT_SALES_OPERATIONS } from './repeat-sales-operations.ts';
import { SERVICE_OPERATIONS } from './service-operations.ts';
import { SETTLEMENT_OPERATIONS } from './settlement-operations.ts';
import { VISIT_OPERATIONS } from './visit-operations.ts';

export const OPENAPI_PATH = '/openapi.json';

/** Every `/crm` route; a unit test fails when the router has one this list lacks, or the other way round. */
export const API_OPERATIONS: readonly ApiOperation[] = [
	{ method: 'get', path: OPENAPI_PATH, tag: 'Reference', summary: 'This document', description: 'Public: it describes the API and holds no data.', public: true, status: 200, answer: ANY_OBJECT, errors: [] },
	{ method: 'get', path: '/settings', tag: 'Reference', summary: 'Settings the Studio shows amounts with', description: 'The base currency (CRM_BASE_CURRENCY) that every `*_base` amount is in (net_total_base, amount_base…). Any signed-in user.', status: 200, answer: answerOf(objectWith({ base_currency: currency })), errors: ['CRM_NOT_PERMITTED'] },
	...CUSTOMER_OPERATIONS,
	...ORDER_OPERATIONS,
	...QUOTE_OPERATIONS,
	...SETTLEMENT_OPERATIONS,
	...PRICING_OPERATIONS,
	...SERVICE_OPERATIONS,
	...MARKETING_OPERATIONS,
	...INTELLIGENCE_OPERATIONS,
	...PROFITABILITY_OPERATIONS,
	...ANALYTICS_OPERATIONS,
	...PIPELINE_OPERATIONS,
	...SALES_PLANNING_OPERATIONS,
	...COMMISSION_OPERATIONS,
	...CROSS_SALES_OPERATIONS,
	...REPEAT_SALES_OPERATIONS,
	...ASSIGNMENT_OPERATIONS,
	...VISIT_OPERATIONS,
];
