import { assertValidBusinessCalendar, CrmError, MAX_SKILL_LEVEL, MIN_SKILL_LEVEL } from '@crm/core';
import { instantOf, jsonOf, toDay } from '@crm/directus';
import type { Knex } from 'knex';

/** Fields as the client sent them, or a stored row with them written over it: every check narrows what it reads. */
type Payload = Record<string, unknown>;

const keyOf = (value: unknown): unknown => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Payload)['id'] : value);

/** The stored rows under the payload (one merged row per key; the payload alone on create). */
async function mergedRows(knex: Knex, collection: string, payload: Payload, keys: readonly (string | number)[] | null): Promise<Payload[]> {
	if (!keys) return [payload];
	const stored = (await knex(collection).whereIn('id', keys as string[]).select('*')) as Payload[];
	return stored.map((row) => ({ ...row, ...payload }));
}

type Keys = readonly (string | number)[] | null;

function checkCalendar(row: Payload): void {
	assertValidBusinessCalendar({ timeZone: row['time_zone'] ?? 'Europe/Berlin', weeklyHours: jsonOf(row['weekly_hours'], undefined), holidays: jsonOf(row['holidays'], []) ?? [] }, 'calendar');
}

/** The field to set when a target has neither a contract nor a map: the one the write did not just clear. */
const fieldToSet = (payload: Payload): string => ('contract' in payload && (keyOf(payload['contract']) ?? null) === null ? 'service_map' : 'contract');

/** An SLA target belongs to exactly one contract or service map, with one row per priority. */
async function checkSlaTarget(knex: Knex, row: Payload, payload: Payload): Promise<void> {
	// Keys as sent: the database compares them, and finds no twin for a key that is not one.
	const contract = (keyOf(row['contract']) ?? null) as Knex.Value;
	const map = (keyOf(row['service_map']) ?? null) as Knex.Value;
	if ((contract === null) === (map === null)) throw new CrmError('CRM_REQUIRED_FIELD', 'An SLA target belongs to exactly one contract or one service map: set one of "contract" and "service_map".', { field: contract === null ? fieldToSet(payload) : 'service_map' });
	const priority = row['priority'] ?? 'normal';
	const twins = knex('crm_sla_targets').where(contract ? { contract } : { service_map: map }).where('priority', priority);
	const twin = await (row['id'] ? twins.whereNot('id', row['id'] as Knex.Value) : twins).first('id');
	if (twin) throw new CrmError('CRM_OUT_OF_RANGE', `There is already a "${priority}" target for this ${contract ? 'contract' : 'service map'}; edit that one.`, { field: 'priority' });
}

/** A classification rule's skill list names existing skills at levels 1–5. */
async function checkRequiredSkills(knex: Knex, payload: Payload): Promise<void> {
	if (!('set_required_skills' in payload)) return;
	const skills = jsonOf<unknown>(payload['set_required_skills'], []);
	if (!Array.isArray(skills)) throw new CrmError('CRM_INVALID_TYPE', '"set_required_skills" must be a list of { "skill": <skill code>, "min_level": 1–5 }.', { field: 'set_required_skills' });
	for (const [i, s] of skills.entries()) {
		const level = (s as Payload | null)?.['min_level'];
		const skill = (s as Payload | null)?.['skill'];
		if (typeof skill !== 'string') throw new CrmError('CRM_REQUIRED_FIELD', `set_required_skills[${i}] needs a "skill" code.`, { field: 'set_required_skills' });
		if (typeof level !== 'number' || !Number.isInteger(level) || level < MIN_SKILL_LEVEL || level > MAX_SKILL_LEVEL) throw new CrmError('CRM_OUT_OF_RANGE', `set_required_skills[${i}].min_level must be a whole number from 1 to 5.`, { field: 'set_required_skills' });
		if (!(await knex('crm_service_skills').where('code', skill).first('id'))) throw new CrmError('CRM_REFERENCE_NOT_FOUND', `No skill has the code "${skill}".`, { field: 'set_required_skills' });
	}
}

function checkAbsence(row: Payload): void {
	const from = instantOf(row['starts_at']);
	const to = instantOf(row['ends_at']);
	if (from && to && to <= from) throw new CrmError('CRM_OUT_OF_RANGE', 'An absence must end after it starts.', { field: 'ends_at' });
}

function checkContract(row: Payload): void {
	const from = toDay(row['valid_from']);
	const to = toDay(row['valid_to']);
	if (from && to && to < from) throw new CrmError('CRM_OUT_OF_RANGE', 'A contract cannot end before it starts: "valid_to" is before "valid_from".', { field: 'valid_to' });
}

/** Each row as it will be after the write, checked on its own. */
const eachRow = (check: (row: Payload, knex: Knex) => Promise<void> | void) => (knex: Knex, collection: string, payload: Payload, keys: Keys) => checkRows(knex, collection, payload, keys, check);

async function checkRows(knex: Knex, collection: string, payload: Payload, keys: Keys, check: (row: Payload, knex: Knex) => Promise<void> | void): Promise<void> {
	for (const row of await mergedRows(knex, collection, payload, keys)) await check(row, knex);
}

/**
 * Service set-up that the database cannot check on its own, by collection: business calendars the SLA
 * clock can run on, SLA targets that belong to exactly one contract or service map (one row per
 * priority), skill lists that name existing skills, absences that end after they start, contracts
 * whose validity is not reversed.
 */
export const SERVICE_SETUP_CHECKS: Readonly<Record<string, (knex: Knex, collection: string, payload: Payload, keys: Keys) => Promise<void>>> = {
	crm_service_calendars: eachRow(checkCalendar),
	crm_sla_targets: (knex, collection, payload, keys) => checkRows(knex, collection, payload, keys, (row) => checkSlaTarget(knex, row, payload)),
	crm_service_classification_rules: (knex, _collection, payload) => checkRequiredSkills(knex, payload),
	crm_service_absences: eachRow(checkAbsence),
	crm_service_contracts: eachRow(checkContract),
};
