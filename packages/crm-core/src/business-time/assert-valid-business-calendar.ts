import { isCalendarDate } from '../calendar/calendar-day.ts';
import { CrmError } from '../errors/crm-error.ts';
import type { BusinessCalendar } from './business-calendar.ts';
import { describeValue } from '../errors/describe-value.ts';
import { isKnownTimeZone } from './is-known-time-zone.ts';
import { minuteOfDay } from './minute-of-day.ts';

const WEEKDAY_KEYS = ['1', '2', '3', '4', '5', '6', '7'];

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function required(value: unknown, field: string): void {
	if (value === undefined || value === null || value === '') throw new CrmError('CRM_REQUIRED_FIELD', `"${field}" is required.`, { field });
}

/**
 * Throws a CrmError naming the offending field (`${field}.timeZone`, `${field}.weeklyHours.1[0].to`,
 * `${field}.holidays[2]`…) unless `value` is a usable business calendar. Calendars come from contracts
 * stored as JSON, so everything is checked at runtime, not only by the types.
 */
export function assertValidBusinessCalendar(value: unknown, field = 'calendar'): asserts value is BusinessCalendar {
	required(value, field);
	if (!isObject(value)) throw new CrmError('CRM_INVALID_TYPE', `"${field}" must be an object, got ${describeValue(value)}.`, { field });

	const zoneField = `${field}.timeZone`;
	required(value.timeZone, zoneField);
	if (typeof value.timeZone !== 'string') throw new CrmError('CRM_INVALID_TYPE', `"${zoneField}" must be text, got ${describeValue(value.timeZone)}.`, { field: zoneField });
	if (!isKnownTimeZone(value.timeZone)) {
		throw new CrmError('CRM_INVALID_FORMAT', `"${zoneField}" must be an IANA time zone such as 'Europe/Berlin', got ${describeValue(value.timeZone)}.`, { field: zoneField });
	}

	const hoursField = `${field}.weeklyHours`;
	required(value.weeklyHours, hoursField);
	if (!isObject(value.weeklyHours)) throw new CrmError('CRM_INVALID_TYPE', `"${hoursField}" must be an object keyed by ISO weekday 1–7, got ${describeValue(value.weeklyHours)}.`, { field: hoursField });
	let workingIntervals = 0;
	for (const [weekday, intervals] of Object.entries(value.weeklyHours)) {
		const dayField = `${hoursField}.${weekday}`;
		if (!WEEKDAY_KEYS.includes(weekday)) throw new CrmError('CRM_OUT_OF_RANGE', `"${hoursField}" is keyed by ISO weekday 1 (Monday) to 7 (Sunday), got ${JSON.stringify(weekday)}.`, { field: dayField });
		if (intervals === undefined || intervals === null) continue;
		if (!Array.isArray(intervals)) throw new CrmError('CRM_INVALID_TYPE', `"${dayField}" must be a list of { from, to } intervals, got ${describeValue(intervals)}.`, { field: dayField });
		workingIntervals += assertValidDay(intervals, dayField);
	}
	// A calendar without any working time would make every deadline infinitely far away.
	if (workingIntervals === 0) throw new CrmError('CRM_REQUIRED_FIELD', `"${hoursField}" must have at least one working interval in the week.`, { field: hoursField });

	const holidaysField = `${field}.holidays`;
	required(value.holidays, holidaysField);
	if (!Array.isArray(value.holidays)) throw new CrmError('CRM_INVALID_TYPE', `"${holidaysField}" must be a list of days 'YYYY-MM-DD', got ${describeValue(value.holidays)}.`, { field: holidaysField });
	value.holidays.forEach((day, index) => {
		const dayField = `${holidaysField}[${index}]`;
		if (!isCalendarDate(day)) throw new CrmError('CRM_INVALID_FORMAT', `"${dayField}" must be a day written 'YYYY-MM-DD', got ${describeValue(day)}.`, { field: dayField });
	});
}

/** Checks one weekday's intervals and returns how many there are. */
function assertValidDay(intervals: readonly unknown[], dayField: string): number {
	const spans: { from: number; to: number; index: number }[] = [];
	intervals.forEach((interval, index) => {
		const intervalField = `${dayField}[${index}]`;
		if (!isObject(interval)) throw new CrmError('CRM_INVALID_TYPE', `"${intervalField}" must be an object { from, to }, got ${describeValue(interval)}.`, { field: intervalField });
		const from = minuteOfDay(interval.from, false);
		if (from === null) throw new CrmError('CRM_INVALID_FORMAT', `"${intervalField}.from" must be a time 'HH:MM' from 00:00 to 23:59, got ${describeValue(interval.from)}.`, { field: `${intervalField}.from` });
		const to = minuteOfDay(interval.to, true);
		if (to === null) throw new CrmError('CRM_INVALID_FORMAT', `"${intervalField}.to" must be a time 'HH:MM' from 00:01 to 24:00, got ${describeValue(interval.to)}.`, { field: `${intervalField}.to` });
		if (to <= from) throw new CrmError('CRM_OUT_OF_RANGE', `"${intervalField}" must end after it starts (${String(interval.from)}–${String(interval.to)}).`, { field: `${intervalField}.to` });
		spans.push({ from, to, index });
	});
	spans.sort((a, b) => a.from - b.from);
	for (let i = 1; i < spans.length; i++) {
		const [before, after] = [spans[i - 1]!, spans[i]!];
		// Touching intervals (09:00–12:00, 12:00–17:00) are fine; overlapping ones would count the same minutes twice.
		if (after.from < before.to) {
			throw new CrmError('CRM_OUT_OF_RANGE', `"${dayField}" has overlapping intervals ([${before.index}] and [${after.index}]).`, { field: `${dayField}[${after.index}]` });
		}
	}
	return spans.length;
}
