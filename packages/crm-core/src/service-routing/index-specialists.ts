import { CrmError } from '../errors/crm-error.ts';
import { assertArray } from './assert-field.ts';
import { assertValidSpecialist } from './assert-valid-specialist.ts';
import { parseInstant } from '../business-time/parse-instant.ts';
import { type PriorityWeights, resolvePriorityWeights } from './priority-weights.ts';
import { isServicePriority, type ServicePriority } from './service-priority.ts';
import type { Specialist } from './specialist.ts';
import type { SpecialistEntry } from './specialist-entry.ts';

/**
 * Specialists checked and indexed once, for routing many requests. It is the engine's working copy:
 * recordAssignment / releaseAssignment change the loads it routes by, never the specialists passed in.
 */
export interface SpecialistIndex {
	readonly weights: PriorityWeights;
	/** By id. */
	readonly specialists: readonly Specialist[];
	/** Weighted load and capacity as the index now counts them; null for an unknown id. */
	loadOf(specialistId: string): { load: number; capacity: number } | null;
	/** Counts a new request for the specialist and makes it their latest assignment (ISO 8601 `at`). */
	recordAssignment(specialistId: string, priority: ServicePriority, at: string): void;
	/** Takes a request off the specialist's load (closed, or moved to someone else); never below 0. */
	releaseAssignment(specialistId: string, priority: ServicePriority): void;
}

/** What the engine reads; kept off the public interface so callers cannot bend it. */
export interface SpecialistRoster {
	readonly weights: PriorityWeights;
	/** Every specialist, by id. */
	readonly entries: readonly SpecialistEntry[];
	readonly byId: ReadonlyMap<string, SpecialistEntry>;
	/** Active specialists only, by id. */
	readonly active: readonly SpecialistEntry[];
	/** Skill id → active holders (any level), by id. */
	readonly bySkill: ReadonlyMap<string, readonly SpecialistEntry[]>;
	/** Team id → active members, by id. */
	readonly byTeam: ReadonlyMap<string, readonly SpecialistEntry[]>;
}

const rosters = new WeakMap<object, SpecialistRoster>();

export function isSpecialistIndex(value: unknown): value is SpecialistIndex {
	return typeof value === 'object' && value !== null && rosters.has(value);
}

export function rosterOf(index: SpecialistIndex): SpecialistRoster {
	const roster = rosters.get(index);
	if (!roster) throw new TypeError('Not a specialist index: build one with indexSpecialists.');
	return roster;
}

function push<K>(map: Map<K, SpecialistEntry[]>, key: K, entry: SpecialistEntry): void {
	const list = map.get(key);
	if (list) list.push(entry);
	else map.set(key, [entry]);
}

function toEntry(specialist: Specialist, field: string, weights: PriorityWeights): SpecialistEntry {
	assertValidSpecialist(specialist, field);
	const skills = new Map<string, number>();
	for (const { skillId, level } of specialist.skills) skills.set(skillId, Math.max(skills.get(skillId) ?? 0, level));
	let load = 0;
	for (const { priority, count } of specialist.load) load += count * weights[priority];
	return {
		specialist,
		id: specialist.id,
		teamIds: new Set(specialist.teamIds),
		skills,
		absentUntilMs: specialist.absentUntil === undefined || specialist.absentUntil === null ? null : parseInstant(specialist.absentUntil, `${field}.absentUntil`),
		capacity: specialist.capacity,
		load,
		lastAssignedMs: specialist.lastAssignedAt === null ? null : parseInstant(specialist.lastAssignedAt, `${field}.lastAssignedAt`),
		sequence: 0,
	};
}

/**
 * Checks the specialists (details.field like `specialists[4].capacity`; an id given twice is
 * CRM_INVALID_FORMAT) and indexes them by id, skill and team, so that assigning a request looks only at
 * the members of its team or the holders of its rarest required skill. Loads are weighted with
 * `weights` (defaults: low 1, normal 2, high 3, urgent 5).
 */
export function indexSpecialists(specialists: readonly Specialist[], weights?: Partial<Record<ServicePriority, number>>): SpecialistIndex {
	assertArray(specialists, 'specialists');
	const resolved = resolvePriorityWeights(weights);
	const entries = specialists.map((specialist, i) => toEntry(specialist, `specialists[${i}]`, resolved));
	// Sorted by id so that the result never depends on the order the database returned them in.
	entries.sort((a, b) => (a.id < b.id ? -1 : Number(a.id > b.id)));
	const byId = new Map<string, SpecialistEntry>();
	const bySkill = new Map<string, SpecialistEntry[]>();
	const byTeam = new Map<string, SpecialistEntry[]>();
	const active: SpecialistEntry[] = [];
	for (const entry of entries) {
		if (byId.has(entry.id)) {
			const i = specialists.findLastIndex((s) => s.id === entry.id);
			throw new CrmError('CRM_INVALID_FORMAT', `Specialist ${entry.id} is listed twice.`, { field: `specialists[${i}].id` });
		}
		byId.set(entry.id, entry);
		if (!entry.specialist.active) continue;
		active.push(entry);
		for (const skillId of entry.skills.keys()) push(bySkill, skillId, entry);
		for (const teamId of entry.teamIds) push(byTeam, teamId, entry);
	}

	let sequence = 0;
	const entryOf = (specialistId: string, priority: ServicePriority): SpecialistEntry => {
		const entry = byId.get(specialistId);
		if (!entry) throw new CrmError('CRM_REFERENCE_NOT_FOUND', `No specialist ${specialistId} in this index.`, { field: 'specialistId' });
		if (!isServicePriority(priority)) throw new CrmError('CRM_INVALID_CHOICE', `Unknown priority ${String(priority)}.`, { field: 'priority' });
		return entry;
	};
	const index: SpecialistIndex = {
		weights: resolved,
		specialists: entries.map((entry) => entry.specialist),
		loadOf: (specialistId) => {
			const entry = byId.get(specialistId);
			return entry ? { load: entry.load, capacity: entry.capacity } : null;
		},
		recordAssignment: (specialistId, priority, at) => {
			const entry = entryOf(specialistId, priority);
			const atMs = parseInstant(at, 'at');
			entry.load += resolved[priority];
			entry.lastAssignedMs = atMs;
			entry.sequence = ++sequence;
		},
		releaseAssignment: (specialistId, priority) => {
			const entry = entryOf(specialistId, priority);
			entry.load = Math.max(0, entry.load - resolved[priority]);
		},
	};
	rosters.set(index, { weights: resolved, entries, byId, active, bySkill, byTeam });
	return index;
}
