import { campaignSenderDeps, escalateDueRequests, fillOrderBaseAmounts, isSchemaSupported, refreshRuleSegments, rerouteForAbsences, runBehindPlanAlerts, runCampaignSender, runForecastWeek, runClassification, runReorderJob, takeOverAbandonedSends } from '@crm/directus';
import type { HookExtensionContext, RegisterFunctions } from '@directus/types';
import { expireQuotes } from './expire-quotes.ts';
import type { HookDeps } from './hook-kit.ts';
import { SYSTEM_EVENT_SOURCES } from './system-event-sources.ts';

/** Proposals that expire, SLA warnings and breaches, absences that have begun, segments by rule: on schedules an administrator can change. */
export function scheduleJobs({ schedule }: RegisterFunctions, context: HookExtensionContext, { database, schemaTtlMs, nowIso, dataChanged }: HookDeps): void {
	const { env, logger } = context;
	schedule(String(env['CRM_QUOTE_EXPIRY_SCHEDULE'] ?? '*/15 * * * *'), async () => {
		if (!(await isSchemaSupported(database, schemaTtlMs))) return;
		const expired = await expireQuotes(database, SYSTEM_EVENT_SOURCES.get('crm_quotes'));
		if (expired > 0) logger.info(`[crm] ${expired} proposal(s) expired`);
		if (expired > 0) await dataChanged();
	});

	scheduleSlaEscalation(schedule, context, database, schemaTtlMs, nowIso);

	// Every instance runs it; each segment's refresh locks its row, so a second run finds nothing to change.
	schedule(String(env['CRM_SEGMENT_REFRESH_SCHEDULE'] ?? '7 * * * *'), async () => {
		if (!(await isSchemaSupported(database, schemaTtlMs))) return;
		const run = await refreshRuleSegments(database, new Date(nowIso()));
		for (const failure of run.failures) logger.error(failure.error, `[crm] segment ${failure.segment} could not be refreshed`);
	});
	scheduleCampaignTakeOver(schedule, context, database, schemaTtlMs);
	scheduleClassification(schedule, context, database, schemaTtlMs);
	scheduleBaseAmounts(schedule, context, database, schemaTtlMs, dataChanged);
	schedulePlanAlerts(schedule, context, database, schemaTtlMs);
	scheduleForecasts(schedule, context, database, schemaTtlMs, dataChanged);
	scheduleReorders(schedule, context, database, schemaTtlMs);
}

/** S6.4: every Monday morning the closed months' forecasts are scored and the week's are taken (exactly once however many servers run it). */
function scheduleForecasts(schedule: RegisterFunctions['schedule'], { env, logger }: HookExtensionContext, database: HookDeps['database'], schemaTtlMs: number, dataChanged: HookDeps['dataChanged']): void {
	const base = String(env['CRM_BASE_CURRENCY'] ?? 'EUR');
	schedule(String(env['CRM_FORECAST_SCHEDULE'] ?? '0 5 * * 1'), async () => {
		if (!(await isSchemaSupported(database, schemaTtlMs))) return;
		try {
			const { scored, taken } = await runForecastWeek(database, new Date(), base);
			if (scored + taken > 0) logger.info(`[crm] forecasts: ${taken} snapshot(s) taken, ${scored} scored`);
			if (scored + taken > 0) await dataChanged();
		} catch (error) {
			logger.error(error, '[crm] the weekly forecast failed');
		}
	});
}

/** S6.5: every morning, reps behind plan (and their managers) are told, at most once a week per plan. */
function schedulePlanAlerts(schedule: RegisterFunctions['schedule'], { env, logger }: HookExtensionContext, database: HookDeps['database'], schemaTtlMs: number): void {
	const base = String(env['CRM_BASE_CURRENCY'] ?? 'EUR');
	schedule(String(env['CRM_PLAN_ALERT_SCHEDULE'] ?? '30 6 * * *'), async () => {
		if (!(await isSchemaSupported(database, schemaTtlMs))) return;
		const sent = await runBehindPlanAlerts(database, new Date(), base).catch((error: unknown) => (logger.error(error, '[crm] the behind-plan alerts failed'), 0));
		if (sent > 0) logger.info(`[crm] ${sent} plan(s) behind: their reps and managers were notified`);
	});
}

/** SLA warnings and breaches, and requests of specialists whose absence began, every minute. */
function scheduleSlaEscalation(schedule: RegisterFunctions['schedule'], { env, logger }: HookExtensionContext, database: HookDeps['database'], schemaTtlMs: number, nowIso: HookDeps['nowIso']): void {
	schedule(String(env['CRM_SLA_ESCALATION_SCHEDULE'] ?? '* * * * *'), async () => {
		if (!(await isSchemaSupported(database, schemaTtlMs))) return;
		try {
			const now = nowIso();
			const moved = await rerouteForAbsences(database, now);
			const run = await escalateDueRequests(database, now);
			for (const failure of run.failures) logger.error(failure.error, `[crm] SLA job: request ${failure.request} failed; retried in five minutes`);
			if (moved > 0 || run.escalations.length > 0) logger.info(`[crm] SLA job: ${run.escalations.length} escalation(s), ${moved} request(s) re-routed for absences`);
		} catch (error) {
			logger.error(error, '[crm] SLA escalation job failed');
		}
	});
}

/** A campaign whose sender stopped (its server died or restarted) goes on here once its lease has run out. */
function scheduleCampaignTakeOver(schedule: RegisterFunctions['schedule'], context: HookExtensionContext, database: HookDeps['database'], schemaTtlMs: number): void {
	const { env, logger } = context;
	const sender = campaignSenderDeps(context);
	schedule(String(env['CRM_CAMPAIGN_SEND_SCHEDULE'] ?? '*/30 * * * * *'), async () => {
		if (!(await isSchemaSupported(database, schemaTtlMs))) return;
		for (const campaign of await takeOverAbandonedSends(sender)) {
			logger.info(`[crm] campaign ${campaign}: sending taken over by this server`);
			runCampaignSender(sender, campaign).catch((error: unknown) => logger.error(error, `[crm] campaign ${campaign}: the sender stopped`));
		}
	});
}

/**
 * The nightly customer classification (A5.4, C1). Every server fires it; the run's slot (the second it was
 * fired) is unique in the database, so the first server to take it runs it and the others find it taken.
 */
function scheduleClassification(schedule: RegisterFunctions['schedule'], { env, logger }: HookExtensionContext, database: HookDeps['database'], schemaTtlMs: number): void {
	schedule(String(env['CRM_CLASSIFICATION_SCHEDULE'] ?? '17 2 * * *'), async () => {
		if (!(await isSchemaSupported(database, schemaTtlMs))) return;
		const now = new Date();
		try {
			const result = await runClassification(database, { slot: `schedule:${now.toISOString().slice(0, 19)}`, trigger: 'schedule', startedBy: null, now });
			if (result) logger.info(`[crm] classification: ${result.plan.summary.customers} customer(s), ${result.plan.summary.changed} changed`);
		} catch (error) {
			logger.error(error, '[crm] the classification run failed');
		}
	});
}

/** Orders priced before their amounts in the base currency were kept get them, a batch a minute, until none is left. */
function scheduleBaseAmounts(schedule: RegisterFunctions['schedule'], { env, logger }: HookExtensionContext, database: HookDeps['database'], schemaTtlMs: number, dataChanged: HookDeps['dataChanged']): void {
	const base = String(env['CRM_BASE_CURRENCY'] ?? 'EUR');
	schedule('* * * * *', async () => {
		if (!(await isSchemaSupported(database, schemaTtlMs))) return;
		const filled = await fillOrderBaseAmounts(database, base).catch((error: unknown) => (logger.error(error, '[crm] filling orders\' base amounts failed'), 0));
		if (filled > 0) logger.info(`[crm] ${filled} older order(s) got their revenue and cost in the base currency`);
		if (filled > 0) await dataChanged();
	});
}

/**
 * S6.9: every morning, follow-up tasks for reorders that are due and churn risks, and the churn flags set and
 * cleared. Every server fires it; a task's key is unique per customer, product group and day, so one is made.
 */
function scheduleReorders(schedule: RegisterFunctions['schedule'], { env, logger }: HookExtensionContext, database: HookDeps['database'], schemaTtlMs: number): void {
	const factor = Number(env['CRM_CHURN_FACTOR_BP'] ?? 20_000);
	schedule(String(env['CRM_REORDER_SCHEDULE'] ?? '15 6 * * *'), async () => {
		if (!(await isSchemaSupported(database, schemaTtlMs))) return;
		try {
			const run = await runReorderJob(database, new Date().toISOString().slice(0, 10), factor);
			if (run.tasksCreated + run.churnFlagged + run.churnCleared > 0) logger.info(`[crm] reorders: ${run.tasksCreated} follow-up(s), ${run.churnFlagged} customer(s) at churn risk, ${run.churnCleared} no longer`);
		} catch (error) {
			logger.error(error, '[crm] the reorder run failed');
		}
	});
}
