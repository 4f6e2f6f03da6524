import { randomUUID } from 'node:crypto';
import { type CommissionPeriod, type CommissionStatement, computeCommissionStatement, CrmError, currencyExponent, formatAmount, formatBp, lineRates, planStatementTransition } from '@crm/core';
import type { Knex } from 'knex';
import { dayForDriver, forUpdate } from '../ledger-rows.ts';
import { toDay } from '../load-pricing-context.ts';
import { loadCommissionCredits } from './load-commission-credits.ts';
import { assertRepSplitsComplete, loadCommissionPlan, type StoredCommissionPlan } from './load-commission-plan.ts';

type Row = Record<string, unknown>;

/** Who computes or approves, and when. */
export interface StatementActorOf {
	userId: string | null;
	at: Date;
}

/** A rep's statement computed from the stored facts: the plan, the credits of the period, the domain's lines. */
export async function computeRepStatement(knex: Knex, repId: string, period: CommissionPeriod, base: string): Promise<{ plan: StoredCommissionPlan; statement: CommissionStatement }> {
	const plan = await loadCommissionPlan(knex, repId);
	await assertRepSplitsComplete(knex, repId);
	const credits = await loadCommissionCredits(knex, repId, period, base);
	return { plan, statement: computeCommissionStatement({ plan: plan.plan, period, currency: { currency: base, minorDigits: currencyExponent(base) }, credits }) };
}

function summaryOf(s: CommissionStatement, planName: string): string {
	const money = (minor: number) => (minor < 0 ? `−${formatAmount(-minor, s.currency)}` : formatAmount(minor, s.currency));
	const attained = s.attainmentBp === null ? '' : ` (${formatBp(s.attainmentBp)} of target)`;
	const capped = s.commissionMinor === s.uncappedMinor ? '' : `, capped from ${money(s.uncappedMinor)}`;
	return `${planName}: ${s.lines.length} line(s) from ${s.period.start} to ${s.period.end}, basis ${money(s.basisMinor)}${attained}, commission ${money(s.commissionMinor)}${capped}.`;
}

/** The statement's row and its lines' rows, as the CRM stores them. */
export function statementRows(knex: Knex, repId: string, plan: StoredCommissionPlan, s: CommissionStatement, actor: StatementActorOf): { statement: Row; lines: Row[] } {
	const id = randomUUID();
	const statement = { id, rep: repId, plan: plan.id, period_start: dayForDriver(knex, s.period.start), period_end: dayForDriver(knex, s.period.end), status: 'draft', currency: s.currency, basis: s.basisMinor, commission: s.commissionMinor, uncapped: s.uncappedMinor, attainment_bp: s.attainmentBp, summary: summaryOf(s, plan.name), date_created: actor.at, user_created: actor.userId };
	const lines = s.lines.map((l, i) => {
		const { rateBp, topRateBp } = lineRates(l.parts);
		return { id: randomUUID(), statement: id, sort: i + 1, kind: l.kind, document_number: l.documentNumber, invoice: l.documentId, day: dayForDriver(knex, l.day), currency: s.currency, amount: l.amountMinor, split_bp: l.splitBp, basis: l.basisMinor, commission: l.commissionMinor, explanation: l.explanation, uncapped: l.uncappedMinor, rate_bp: rateBp, top_rate_bp: topRateBp };
	});
	return { statement, lines };
}

/**
 * Computes the rep's statement of the period and stores it as a draft with its lines, in one transaction,
 * replacing the draft of the same rep and period; an approved one is locked (CRM_COMMISSION_STATEMENT_LOCKED).
 */
export async function storeCommissionStatement(knex: Knex, repId: string, period: CommissionPeriod, base: string, actor: StatementActorOf): Promise<string> {
	return knex.transaction(async (trx) => {
		const same = forUpdate(trx, trx('crm_commission_statements').select('id', 'status').where({ rep: repId }).where('period_start', dayForDriver(trx, period.start)).where('period_end', dayForDriver(trx, period.end)));
		const existing: Row[] = await same;
		if (existing.some((r) => r['status'] === 'approved')) {
			throw new CrmError('CRM_COMMISSION_STATEMENT_LOCKED', `The statement of ${period.start} to ${period.end} is approved and locked; a correction goes on a later period's statement.`, { field: 'period_start' });
		}
		const { plan, statement } = await computeRepStatement(trx, repId, period, base);
		const rows = statementRows(trx, repId, plan, statement, actor);
		const old = existing.map((r) => String(r['id']));
		if (old.length > 0) {
			await trx('crm_commission_statement_lines').whereIn('statement', old).delete();
			await trx('crm_commission_statements').whereIn('id', old).delete();
		}
		await trx('crm_commission_statements').insert(rows.statement);
		// In chunks: SQLite binds at most a few hundred values in one statement on older builds.
		for (let i = 0; i < rows.lines.length; i += 50) await trx('crm_commission_statement_lines').insert(rows.lines.slice(i, i + 50));
		return String(rows.statement.id);
	});
}

/** The statement's rep and status, locked for the move; CRM_NOT_FOUND when there is none. */
export async function loadStatementForApproval(trx: Knex, id: string): Promise<{ rep: string; status: string; periodStart: string }> {
	const row: Row | undefined = await forUpdate(trx, trx('crm_commission_statements').select('rep', 'status', 'period_start').where('id', id)).first();
	if (!row) throw new CrmError('CRM_NOT_FOUND', `There is no commission statement "${id}".`, { parameter: 'id' });
	return { rep: String(row['rep']), status: String(row['status']), periodStart: toDay(row['period_start'])! };
}

/** draft → approved by a manager (planStatementTransition), recording who and when. */
export async function approveCommissionStatement(trx: Knex, id: string, isManager: boolean, actor: StatementActorOf): Promise<void> {
	const current = await loadStatementForApproval(trx, id);
	const status = planStatementTransition(current.status as 'draft', 'approved', { isManager });
	await trx('crm_commission_statements').where('id', id).update({ status, approved_by: actor.userId, approved_at: actor.at, date_updated: actor.at });
}
