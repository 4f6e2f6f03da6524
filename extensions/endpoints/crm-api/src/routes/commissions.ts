import { CrmError, isCalendarDate, isUuid } from '@crm/core';
import { approveCommissionStatement, loadStatementForApproval, loadStatementView, managesRep, storeCommissionStatement } from '@crm/directus';
import type { Accountability, EndpointExtensionContext } from '@directus/types';
import type { Request, Router } from 'express';
import type { Knex } from 'knex';
import { asyncRoute } from '../async-route.ts';
import { serviceOptionsOf, type ServiceOptions } from '../directus-request.ts';

type Row = Record<string, unknown>;
const STATEMENT_FIELDS = ['*', 'rep.id', 'rep.name', 'plan.id', 'plan.name', 'lines.*'];

/** { rep, period_start, period_end } of a statement to compute, or CRM_INVALID_PAYLOAD naming the field. */
function parseStatementRequest(body: unknown): { rep: string; start: string; end: string } {
	const b = (body && typeof body === 'object' ? body : {}) as Row;
	const bad = (field: string, message: string) => new CrmError('CRM_INVALID_PAYLOAD', message, { field });
	if (typeof b['rep'] !== 'string' || !isUuid(b['rep'])) throw bad('rep', 'Name the rep whose statement to compute: "rep" is the id of a sales rep.');
	for (const field of ['period_start', 'period_end']) {
		if (!isCalendarDate(b[field])) throw bad(field, `"${field}" must be a calendar day YYYY-MM-DD.`);
	}
	if (String(b['period_end']) < String(b['period_start'])) throw bad('period_end', 'The period ends before it starts.');
	return { rep: b['rep'], start: String(b['period_start']), end: String(b['period_end']) };
}

/** No accountability: the CRM itself (scripts, schedules), with full access. */
const userOf = (accountability: Accountability | null) => ({ admin: !accountability || accountability.admin, id: accountability?.user ?? null });

/** Administrators, and the manager of the rep's team, compute and approve a rep's statements. */
async function assertManagesRep(knex: Knex, accountability: Accountability | null, repId: string): Promise<void> {
	if (!(await managesRep(knex, userOf(accountability), repId))) throw new CrmError('CRM_NOT_PERMITTED', 'Only an administrator or the manager of the rep\'s team computes and approves the rep\'s commission statements.', {});
}

function statementId(req: Request): string {
	const id = String(req.params['id']);
	if (!isUuid(id)) throw new CrmError('CRM_NOT_FOUND', `There is no commission statement "${id}".`, { parameter: 'id' });
	return id;
}

/**
 * S6.3: a rep's commission statement computed from the invoices paid and the credit notes issued in the
 * period and stored as a draft (POST /crm/commissions/statements), and its approval by a manager, which locks
 * it (POST …/:id/approve). Statements are read as Directus items, under the caller's policy.
 */
export function registerCommissionRoutes(router: Router, { services, getSchema, database, env }: EndpointExtensionContext): void {
	const base = String(env['CRM_BASE_CURRENCY'] ?? 'EUR');
	const readBack = (options: ServiceOptions, id: string) => new services.ItemsService('crm_commission_statements', options).readOne(id, { fields: STATEMENT_FIELDS, deep: { lines: { _sort: ['sort'], _limit: -1 } } });

	router.post('/commissions/statements', asyncRoute(async (req, res) => {
		const { rep, start, end } = parseStatementRequest(req.body);
		const options = await serviceOptionsOf(req, getSchema);
		await assertManagesRep(database, options.accountability, rep);
		const id = await storeCommissionStatement(database, rep, { start, end }, base, { userId: options.accountability?.user ?? null, at: new Date() });
		res.status(201);
		return { data: await readBack(options, id) };
	}));

	// Read under the caller's policy first (a rep reads only their own), then named and totalled for the Studio.
	router.get('/commissions/statements/:id', asyncRoute(async (req) => {
		const id = statementId(req);
		const options = await serviceOptionsOf(req, getSchema);
		const row = (await readBack(options, id)) as Row;
		return { data: await loadStatementView(database, row, userOf(options.accountability)) };
	}));

	router.post('/commissions/statements/:id/approve', asyncRoute(async (req) => {
		const id = statementId(req);
		const options = await serviceOptionsOf(req, getSchema);
		await database.transaction(async (trx) => {
			const { rep } = await loadStatementForApproval(trx, id);
			await assertManagesRep(trx, options.accountability, rep);
			await approveCommissionStatement(trx, id, true, { userId: options.accountability?.user ?? null, at: new Date() });
		});
		return { data: await readBack(options, id) };
	}));
}
