import { CrmError } from '../errors/crm-error.ts';
import { toMinorUnits } from '../money/minor-units.ts';

export interface ForecastAdjustmentFacts {
	/** The stored snapshot: its month, when it was scored (null while the month is open) and its computed forecast. */
	snapshot: { month: string; scoredAt: string | null; forecast: number };
	/** What the manager adds to the computed forecast (negative to lower it), in minor units; 0 takes an adjustment back. */
	adjustment: number;
	reason: string | null;
	actor: { userId: string; isManager: boolean };
	/** ISO timestamp of the change. */
	now: string;
}

/** What to write on the snapshot: the adjustment, why, who and when, and the forecast it leaves. */
export interface ForecastAdjustmentPlan {
	adjustment: number;
	/** Trimmed; null when none was given. */
	reason: string | null;
	adjustedBy: string;
	adjustedAt: string;
	/** forecast + adjustment: the figure the month is scored by. */
	final: number;
}

/**
 * S6.4 — a manager's adjustment of a snapshot: they know what the pipeline does not (a customer's budget freeze,
 * a deal slipping). The computed forecast is kept beside it, so both can be scored; the adjustment records who
 * and when, and needs a reason, so the judgement can be reviewed once the month's actual is known. Only
 * managers adjust; a snapshot already scored is history and no longer changes; an adjustment cannot take the
 * forecast below zero, since no month sells less than nothing.
 */
export function planForecastAdjustment(facts: ForecastAdjustmentFacts): ForecastAdjustmentPlan {
	const { snapshot, actor, now } = facts;
	if (!actor.isManager) throw new CrmError('CRM_FORECAST_ADJUSTMENT_FORBIDDEN', 'Only a sales manager may adjust a forecast; ask your manager to adjust it.');
	if (snapshot.scoredAt !== null) {
		const message = `The forecast for ${snapshot.month} was scored on ${snapshot.scoredAt} and no longer changes; adjust a forecast of an open month.`;
		throw new CrmError('CRM_FORECAST_PERIOD_CLOSED', message, { field: 'adjustment' });
	}
	const adjustment = toMinorUnits(facts.adjustment, 'adjustment');
	const reason = typeof facts.reason === 'string' && facts.reason.trim() !== '' ? facts.reason.trim() : null;
	if (adjustment !== 0 && reason === null) {
		throw new CrmError('CRM_FORECAST_ADJUSTMENT_REASON_REQUIRED', 'Say why the forecast is adjusted: an adjustment needs a reason.', { field: 'reason' });
	}
	const final = snapshot.forecast + adjustment;
	if (final < 0) {
		const message = `An adjustment can lower the forecast of ${snapshot.forecast} minor units to zero at most, so no lower than -${snapshot.forecast}; got ${adjustment}.`;
		throw new CrmError('CRM_OUT_OF_RANGE', message, { field: 'adjustment', min: -snapshot.forecast });
	}
	return { adjustment, reason, adjustedBy: actor.userId, adjustedAt: now, final };
}
