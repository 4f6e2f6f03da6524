// The service desk's people and their hours: calendars, teams, skills, specialists and absences.
import { addDays, ALWAYS_OPEN, type BusinessCalendar } from '../../packages/crm-core/src/index.ts';
import type { Uuid } from './demo-rows.ts';
import { DAY, HOUR, iso } from './moments.ts';
import type { Rng } from './random.ts';
import { FIRST_NAMES, germanHolidays, LAST_NAMES, SKILLS, TEAM_SKILLS } from './service-catalogue.ts';
import type { AbsenceRow, ServiceCalendarRow, ServiceSkillRow, ServiceSpecialistRow, ServiceTeamRow, SpecialistSkillRow } from './service-rows.ts';

export interface SpecState {
	row: ServiceSpecialistRow;
	teamCode: string;
	skills: { skillId: string; level: number }[];
	calendar: BusinessCalendar;
	lastAssignedMs: number | null;
}

export interface ServiceStaff {
	berlin: ServiceCalendarRow;
	aroundTheClock: ServiceCalendarRow;
	calendars: ServiceCalendarRow[];
	/** A calendar by id as routing and SLA read it; no calendar means always open. */
	cal: (id: Uuid | null) => BusinessCalendar;
	teams: ServiceTeamRow[];
	team: (code: string) => ServiceTeamRow;
	skills: ServiceSkillRow[];
	specs: SpecState[];
	specById: Map<Uuid, SpecState>;
	specialistSkills: SpecialistSkillRow[];
	/** Away now: their open requests were re-routed when the absence began. */
	absent: SpecState;
	absenceStartMs: number;
	absenceEndMs: number;
	absences: AbsenceRow[];
}

function serviceCalendars(rng: Rng, today: string): [ServiceCalendarRow, ServiceCalendarRow] {
	const year = Number(today.slice(0, 4));
	const workday = [{ from: '08:00', to: '18:00' }];
	const wholeDay = [{ from: '00:00', to: '24:00' }];
	const berlin: ServiceCalendarRow = {
		id: rng.uuid(),
		name: 'Berlin office',
		time_zone: 'Europe/Berlin',
		weekly_hours: { '1': workday, '2': workday, '3': workday, '4': workday, '5': workday },
		holidays: [...germanHolidays(year - 1).filter((d) => d >= addDays(today, -120)), ...germanHolidays(year), ...germanHolidays(year + 1)],
		description: 'Office hours of the service desk in Berlin, Monday to Friday, without German public holidays.',
	};
	const aroundTheClock: ServiceCalendarRow = {
		id: rng.uuid(),
		name: 'Around the clock',
		time_zone: 'UTC',
		weekly_hours: Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [String(d), wholeDay])),
		holidays: [],
		description: '24×7 on-call service for premium contracts.',
	};
	return [berlin, aroundTheClock];
}

function specialistName(rng: Rng, i: number, usedNames: Set<string>): string {
	if (i === 0) return 'Sam Service';
	let name: string;
	do name = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
	while (usedNames.has(name));
	usedNames.add(name);
	return name;
}

function generateSpecialists(rng: Rng, scale: number, staff: Pick<ServiceStaff, 'team' | 'skills' | 'aroundTheClock' | 'berlin' | 'cal'>): { specs: SpecState[]; specialistSkills: SpecialistSkillRow[] } {
	const specialistCount = Math.max(8, Math.round(24 * scale));
	const teamOrder = ['FIRST', 'FIRST', 'FIELD', 'BILLING'];
	const skillByCode = new Map(staff.skills.map((s) => [s.code, s]));
	const specs: SpecState[] = [];
	const specialistSkills: SpecialistSkillRow[] = [];
	const usedNames = new Set<string>(['Sam Service']);
	for (let i = 0; i < specialistCount; i++) {
		const teamCode = teamOrder[i % teamOrder.length]!;
		const name = specialistName(rng, i, usedNames);
		// Two of 1st level work on call around the clock; everybody else on their team's calendar.
		const onCall = teamCode === 'FIRST' && (i === 4 || i === 5);
		const row: ServiceSpecialistRow = {
			id: rng.uuid(),
			name,
			user: null,
			team: staff.team(teamCode).id,
			active: true,
			capacity: rng.int(10, 30),
			cost_rate: rng.int(70, 140) * 50,
			currency: 'EUR',
			calendar: onCall ? staff.aroundTheClock.id : null,
			last_assigned_at: null,
		};
		const held = new Map<string, number>();
		for (const code of TEAM_SKILLS[teamCode]!) held.set(code, i < 4 ? rng.int(3, 5) : rng.int(2, 5));
		for (const code of [rng.pick(SKILLS)[0], rng.pick(SKILLS)[0]]) if (!held.has(code)) held.set(code, rng.int(1, 3));
		for (const [code, level] of held) specialistSkills.push({ id: rng.uuid(), specialist: row.id, skill: skillByCode.get(code)!.id, level });
		specs.push({ row, teamCode, skills: [...held].map(([skillId, level]) => ({ skillId, level })), calendar: staff.cal(onCall ? staff.aroundTheClock.id : staff.berlin.id), lastAssignedMs: null });
	}
	return { specs, specialistSkills };
}

/** One 1st-level specialist is away now (their open requests were re-routed), another later. */
function generateAbsences(rng: Rng, nowMs: number, specs: readonly SpecState[]): Pick<ServiceStaff, 'absent' | 'absenceStartMs' | 'absenceEndMs' | 'absences'> {
	const absent = specs[1]!;
	const absenceStartMs = Math.floor((nowMs - 2 * DAY) / DAY) * DAY + 6 * HOUR;
	const absenceEndMs = Math.floor((nowMs + 6 * DAY) / DAY) * DAY + 6 * HOUR;
	const absences: AbsenceRow[] = [
		{ id: rng.uuid(), specialist: absent.row.id, starts_at: iso(absenceStartMs), ends_at: iso(absenceEndMs), reason: 'sick', rerouted: true, note: null },
		{ id: rng.uuid(), specialist: specs[2]!.row.id, starts_at: iso(Math.floor((nowMs + 14 * DAY) / DAY) * DAY + 6 * HOUR), ends_at: iso(Math.floor((nowMs + 21 * DAY) / DAY) * DAY + 6 * HOUR), reason: 'vacation', rerouted: false, note: 'Summer holiday' },
	];
	return { absent, absenceStartMs, absenceEndMs, absences };
}

export function generateServiceStaff(rng: Rng, nowMs: number, scale: number): ServiceStaff {
	const [berlin, aroundTheClock] = serviceCalendars(rng, iso(nowMs).slice(0, 10));
	const calendars = [berlin, aroundTheClock];
	const calendarOf = new Map<Uuid | null, BusinessCalendar>([[null, ALWAYS_OPEN], ...calendars.map((c) => [c.id, { timeZone: c.time_zone, weeklyHours: c.weekly_hours, holidays: c.holidays }] as const)]);
	const cal = (id: Uuid | null): BusinessCalendar => calendarOf.get(id) ?? ALWAYS_OPEN;
	const teams: ServiceTeamRow[] = [
		{ id: rng.uuid(), code: 'FIRST', name: '1st level support', active: true, manager: null, calendar: berlin.id, breach_action: 'notify' },
		{ id: rng.uuid(), code: 'FIELD', name: 'Field service', active: true, manager: null, calendar: berlin.id, breach_action: 'reassign' },
		{ id: rng.uuid(), code: 'BILLING', name: 'Billing support', active: true, manager: null, calendar: berlin.id, breach_action: 'notify' },
	];
	const teamByCode = new Map(teams.map((t) => [t.code, t]));
	const team = (code: string) => teamByCode.get(code)!;
	const skills: ServiceSkillRow[] = SKILLS.map(([code, name]) => ({ id: rng.uuid(), code, name, description: null }));
	const { specs, specialistSkills } = generateSpecialists(rng, scale, { team, skills, aroundTheClock, berlin, cal });
	const specById = new Map(specs.map((s) => [s.row.id, s]));
	return { berlin, aroundTheClock, calendars, cal, teams, team, skills, specs, specById, specialistSkills, ...generateAbsences(rng, nowMs, specs) };
}
