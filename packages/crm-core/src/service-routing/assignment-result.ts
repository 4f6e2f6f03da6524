/**
 * What came of one specialist, first reason wins, in this order:
 * - inactive: switched off;
 * - other_team: not a member of the request's team;
 * - missing_skill: lacks a required skill; skill_too_low: holds it below the required level;
 * - absent: absent until a later time (or the one being re-routed away from);
 * - not_available: not working now per their calendar;
 * - over_capacity: load + this request's weight would exceed their capacity;
 * and among the eligible:
 * - chosen: the lowest load ratio, ties broken by round robin;
 * - higher_load: a higher load ratio than the chosen one;
 * - lost_round_robin: the same ratio, but assigned more recently (or later by id).
 */
export type CandidateOutcome = 'chosen' | 'missing_skill' | 'skill_too_low' | 'not_available' | 'absent' | 'inactive' | 'other_team' | 'over_capacity' | 'higher_load' | 'lost_round_robin';

export const CANDIDATE_OUTCOMES: readonly CandidateOutcome[] = ['chosen', 'higher_load', 'lost_round_robin', 'inactive', 'other_team', 'missing_skill', 'skill_too_low', 'absent', 'not_available', 'over_capacity'];

export interface CandidateExplanation {
	specialistId: string;
	name: string;
	outcome: CandidateOutcome;
	/** Weighted load before this request: Σ count × weight of their open requests. */
	load: number;
	capacity: number;
	/** load / capacity, for display; the engine compares load × capacity exactly. */
	loadRatio: number;
	/** Plain English, e.g. "lacks skill S-DB (needs level 3)", "load 6/8 = 0.75 is higher than 0.5 of Anna". */
	detail: string;
}

export interface AssignmentExplanation {
	/** full: every specialist is a candidate; summary: the chosen one and the runners-up, the others only counted. */
	mode: 'full' | 'summary';
	/** Capacity units the request takes (its priority's weight). */
	weight: number;
	/** full: the chosen one, the other eligible by rank, then the others by id. summary: the chosen one, if any, and up to RUNNERS_UP next eligible by rank. */
	candidates: CandidateExplanation[];
	/** How many specialists ended with each outcome (in both modes, over all specialists). */
	counts: Record<CandidateOutcome, number>;
	summary: string;
}

export interface AssignmentResult {
	requestId: string;
	/** The chosen specialist's id; null when nobody is eligible. */
	assignee: string | null;
	/** The team whose queue the request waits in when nobody is eligible (the request's team, or null). */
	queue: string | null;
	explanation: AssignmentExplanation;
}
