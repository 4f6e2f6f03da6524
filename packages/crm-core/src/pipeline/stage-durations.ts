/** One row of an opportunity's stage history. */
export interface StageVisit {
	stageId: string;
	stageName: string;
	enteredAt: string;
	leftAt: string | null;
}

export interface StageTime {
	stageId: string;
	stageName: string;
	/** Times the opportunity entered the stage. */
	visits: number;
	/** Whole and partial days spent there, in hundredths of a day (exact, no float drift): 250 = 2.5 days. */
	centidays: number;
	/** Still in this stage now. */
	current: boolean;
}

const CENTIDAY_MS = 864_000;

/**
 * S6.8 — how long an opportunity spent in each stage, in the order it first reached them; the current stage
 * counts until `now`. A stage visited twice adds up.
 */
export function stageDurations(visits: readonly StageVisit[], now: string): StageTime[] {
	const byStage = new Map<string, StageTime>();
	const ordered = [...visits].sort((a, b) => a.enteredAt.localeCompare(b.enteredAt));
	for (const v of ordered) {
		const ms = Math.max(0, Date.parse(v.leftAt ?? now) - Date.parse(v.enteredAt));
		const time = byStage.get(v.stageId) ?? { stageId: v.stageId, stageName: v.stageName, visits: 0, centidays: 0, current: false };
		time.visits += 1;
		time.centidays += Math.round(ms / CENTIDAY_MS);
		time.current = time.current || v.leftAt === null;
		byStage.set(v.stageId, time);
	}
	return [...byStage.values()];
}
