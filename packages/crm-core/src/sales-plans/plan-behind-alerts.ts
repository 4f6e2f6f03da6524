import type { SalesTarget } from './sales-target.ts';
import type { TargetAttainment } from './assess-target.ts';

/** A week: a rep behind plan hears of it once a week, not every morning. */
export const ALERT_INTERVAL_MS = 7 * 86_400_000;

export interface BehindPlanFacts {
	target: SalesTarget;
	attainment: TargetAttainment;
	/** When the last alert of this plan went out. */
	alertedAt: string | null;
	/** The Directus users told: the rep, or the team's members, and the team's manager. */
	recipients: readonly string[];
}

export interface BehindPlanAlert {
	targetId: string;
	/** The alert is sent only by the server that moves alerted_at from this value (several servers run the job). */
	claimFrom: string | null;
	recipients: string[];
	subject: string;
	message: string;
}

/**
 * S6.5 — who is told that a plan falls behind: plans behind by more than their margin whose last alert is a
 * week old or more, to every distinct recipient. The message is the plan's explanation, so the numbers in the
 * notification are the ones the dashboard shows.
 */
export function planBehindAlerts(facts: readonly BehindPlanFacts[], now: string): BehindPlanAlert[] {
	const nowMs = Date.parse(now);
	return facts
		.filter((f) => f.attainment.behind && f.recipients.length > 0)
		.filter((f) => f.alertedAt === null || nowMs - Date.parse(f.alertedAt) >= ALERT_INTERVAL_MS)
		.map((f) => ({
			targetId: f.target.id,
			claimFrom: f.alertedAt,
			recipients: [...new Set(f.recipients)],
			subject: `Behind plan: ${f.target.name}`,
			message: f.attainment.explanation,
		}));
}
