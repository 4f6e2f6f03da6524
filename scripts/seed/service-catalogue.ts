// What the demo service desk is made of: its skills, contract levels, service maps, classification rules
// and the topics customers write about. Rules are keyword-gated with distinctive words, so requests
// without them get no team or skills: integration tests route their own requests predictably.
import { addDays, type ServicePriority } from '../../packages/crm-core/src/index.ts';
import type { ServiceContractRow, StoredSkill } from './service-rows.ts';

export const PRIORITIES: readonly ServicePriority[] = ['low', 'normal', 'high', 'urgent'];
/** Easter Sunday (Gregorian, anonymous algorithm) as 'YYYY-MM-DD'. */
export function easter(year: number): string {
	const a = year % 19;
	const b = Math.floor(year / 100);
	const c = year % 100;
	const d = Math.floor(b / 4);
	const e = b % 4;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4);
	const k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31);
	const day = ((h + l - 7 * m + 114) % 31) + 1;
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Nationwide German public holidays of a year. */
export function germanHolidays(year: number): string[] {
	const e = easter(year);
	return [`${year}-01-01`, addDays(e, -2), addDays(e, 1), `${year}-05-01`, addDays(e, 39), addDays(e, 50), `${year}-10-03`, `${year}-12-25`, `${year}-12-26`].sort();
}

export const FIRST_NAMES = ['Anna', 'Ben', 'Clara', 'David', 'Elif', 'Felix', 'Greta', 'Hannes', 'Ida', 'Jonas', 'Katrin', 'Lukas', 'Mara', 'Niklas', 'Olga', 'Paul', 'Rosa', 'Simon', 'Tara', 'Uwe', 'Vera', 'Wim', 'Yusuf', 'Zoe'];
export const LAST_NAMES = ['Berg', 'Hoffmann', 'Keller', 'Lange', 'Meier', 'Novak', 'Ostrowski', 'Peters', 'Quast', 'Richter', 'Sommer', 'Thiel', 'Vogt', 'Wagner', 'Yilmaz', 'Ziegler', 'Brandt', 'Fischer'];

export const SKILLS: readonly (readonly [string, string])[] = [
	['NETWORK', 'Networks and connectivity'],
	['HARDWARE', 'Hardware diagnosis and repair'],
	['SOFTWARE', 'Software and web shop'],
	['BILLING', 'Invoices, credits and payments'],
	['INSTALL', 'On-site installation'],
	['DATABASE', 'Databases and data imports'],
	['SECURITY', 'Accounts, access and security'],
	['GERMAN', 'German-speaking customers'],
];
export const TEAM_SKILLS: Record<string, readonly string[]> = { FIRST: ['SOFTWARE', 'NETWORK', 'SECURITY', 'GERMAN'], FIELD: ['HARDWARE', 'INSTALL', 'NETWORK'], BILLING: ['BILLING', 'GERMAN', 'DATABASE'] };

/** Business minutes of SLA targets per priority: [response, resolution]. */
export const CONTRACT_TARGETS: Record<ServiceContractRow['level'], Record<ServicePriority, [number, number]>> = {
	premium: { urgent: [30, 240], high: [60, 480], normal: [120, 960], low: [240, 1920] },
	standard: { urgent: [60, 480], high: [120, 960], normal: [240, 1440], low: [480, 2880] },
	basic: { urgent: [120, 960], high: [240, 1440], normal: [480, 2880], low: [960, 4800] },
};
export const MAPS: readonly { status: string; name: string; targets: Record<ServicePriority, [number, number]>; steps: [string, string, number | null][] }[] = [
	{
		status: 'key',
		name: 'Key accounts',
		targets: { urgent: [60, 480], high: [60, 960], normal: [120, 1440], low: [240, 2880] },
		steps: [
			['first_response', 'First response within one business hour', 60],
			['dedicated_engineer', 'Handled by the dedicated engineer', null],
			['call_back', 'Call the customer back', 480],
			['resolution', 'Resolution', null],
			['survey', 'Satisfaction survey after closure', 1440],
		],
	},
	{
		status: 'active',
		name: 'Active customers',
		targets: { urgent: [120, 960], high: [240, 1440], normal: [480, 2880], low: [960, 4800] },
		steps: [
			['first_response', 'First response', 480],
			['resolution', 'Resolution', null],
			['survey', 'Satisfaction survey after closure', 1440],
		],
	},
	{
		status: 'prospect',
		name: 'Prospects',
		targets: { urgent: [240, 1440], high: [480, 2880], normal: [960, 4800], low: [1440, 9600] },
		steps: [
			['first_response', 'First response', 960],
			['resolution', 'Resolution', null],
		],
	},
];

export interface RuleSpec {
	code: string;
	name: string;
	priority: number;
	keywords: string[];
	type: string | null;
	category: string | null;
	setPriority: ServicePriority | null;
	team: string | null;
	skills: StoredSkill[];
	groupCode?: string;
	categoryCodes?: string[];
	/** Ties the rule to the first few active goods (by id), so the product condition is exercised. */
	productCount?: number;
}
export const RULES: readonly RuleSpec[] = [
	{ code: 'BILLING', name: 'Invoices and refunds go to billing', priority: 10, keywords: ['invoice', 'refund'], type: 'QUESTION', category: 'BILLING', setPriority: null, team: 'BILLING', skills: [{ skill: 'BILLING', min_level: 2 }] },
	{ code: 'OUTAGE', name: 'Outages are urgent', priority: 20, keywords: ['outage', 'down', 'not working'], type: 'INCIDENT', category: null, setPriority: 'urgent', team: null, skills: [{ skill: 'NETWORK', min_level: 3 }] },
	{ code: 'INSTALL', name: 'Installations go to field service', priority: 30, keywords: ['install', 'installation'], type: 'CHANGE', category: 'INSTALLATION', setPriority: null, team: 'FIELD', skills: [{ skill: 'INSTALL', min_level: 2 }] },
	{ code: 'ACCESS', name: 'Passwords and logins', priority: 40, keywords: ['password', 'login'], type: 'QUESTION', category: 'SOFTWARE', setPriority: null, team: null, skills: [{ skill: 'SECURITY', min_level: 1 }] },
	{ code: 'DEFECT', name: 'Broken tools need a hardware specialist', priority: 50, keywords: ['defective', 'broken'], type: 'INCIDENT', category: 'HARDWARE', setPriority: 'high', team: null, skills: [{ skill: 'HARDWARE', min_level: 2 }], groupCode: 'TOOLS' },
	{ code: 'BILLING-COMPLAINT', name: 'Complaints about billing', priority: 60, keywords: ['complaint'], type: 'COMPLAINT', category: null, setPriority: 'high', team: 'BILLING', skills: [], categoryCodes: ['BILLING'] },
	{ code: 'WARRANTY', name: 'Warranty claims on flagship products', priority: 70, keywords: ['warranty'], type: 'COMPLAINT', category: 'HARDWARE', setPriority: null, team: null, skills: [{ skill: 'HARDWARE', min_level: 3 }], productCount: 2 },
];

export type Topic = { subject: string; description: string; product?: 'goods' | 'any'; category?: string };
export const TOPICS: readonly (readonly [Topic, number])[] = [
	[{ subject: 'Question about invoice {inv}', description: 'The amount on invoice {inv} does not match our order confirmation. Please check.' }, 8],
	[{ subject: 'Refund for returned {product}', description: 'We sent the item back two weeks ago and are still waiting for the refund.', product: 'goods' }, 5],
	[{ subject: 'Web shop connection down since this morning', description: 'Our purchasing team cannot reach the web shop; orders are piling up.' }, 5],
	[{ subject: 'Order interface not working', description: 'The EDI transfer of our orders stopped with a timeout. Please look into it urgently.' }, 4],
	[{ subject: 'Please install {product} at our {city} site', description: 'We would like an appointment next week; the site is open from 7 am.', product: 'any' }, 6],
	[{ subject: 'Password reset for the customer portal', description: 'A colleague left the company; please reset the password of the shared account.' }, 5],
	[{ subject: 'Cannot login to the portal', description: 'Since yesterday the login page says the account is locked.' }, 4],
	[{ subject: '{product} arrived broken', description: 'The packaging was damaged and the device does not start. Photos attached.', product: 'goods', category: 'HARDWARE' }, 5],
	[{ subject: 'Defective {product}, replacement needed', description: 'After a few days of use the unit fails. Please send a replacement.', product: 'goods', category: 'HARDWARE' }, 4],
	[{ subject: 'Complaint about extra delivery charges', description: 'We were charged express delivery although we ordered standard shipping.', category: 'BILLING' }, 3],
	[{ subject: 'Question about delivery times', description: 'When can we expect the next delivery to our warehouse?' }, 10],
	[{ subject: 'Request for a maintenance offer', description: 'We would like an offer for yearly maintenance of our machines.' }, 7],
	[{ subject: 'Documentation for {product}', description: 'Please send the manual and the safety data sheet.', product: 'goods' }, 8],
	[{ subject: 'Change of our billing address', description: 'We moved our accounting department; please update the address.', category: 'OTHER' }, 5],
	[{ subject: 'Spare parts for {product}', description: 'Which spare parts are available and how long is the lead time?', product: 'goods' }, 7],
	[{ subject: 'Training for new staff', description: 'Three new colleagues need an introduction to the ordering process.' }, 4],
	[{ subject: 'Data export of our order history', description: 'For our audit we need the orders of the last year as a spreadsheet.' }, 4],
];
export const STATUS_WEIGHT: Record<string, number> = { key: 5, active: 1.5, prospect: 0.6 };
/** Share of requests of this age (days) that are resolved by now. */
export const finishShare = (ageDays: number): number => {
	// A desk that keeps up: the backlog is mostly recent, a few old requests linger (and are breached).
	if (ageDays > 21) return 0.97;
	return ageDays > 7 ? 0.8 : 0.3;
};
export const RESOLUTIONS = ['Explained the process to the customer.', 'Replacement sent.', 'Corrected the master data.', 'Issued a credit note.', 'Fixed on site.', 'Reset the account and sent new credentials.', 'Configuration corrected; customer confirmed.'];
export const WORK_NOTES = ['Analysis', 'Call with the customer', 'Remote session', 'On site', 'Documentation', 'Follow-up', null];
export const EXPENSES = ['Travel to customer site', 'Replacement parts', 'Courier shipment', 'Rental equipment'];
