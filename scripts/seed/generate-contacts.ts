// Contacts: one to five per company (the person themselves for private customers), with e-mail addresses at
// the company's domain, phone extensions of its switchboard, positions, consent and notes.
import type { ContactRow } from './demo-rows.ts';
import type { DemoContext } from './demo-context.ts';
import { adjustToTotal, CONTACT_NOTES, POSITIONS } from './demo-customer-traits.ts';
import { at, clip, slug } from './demo-text.ts';
import { countryCities, mobileNumber, landline, surname } from './demo-world.ts';
import type { CustomerInfo } from './generate-customers.ts';
import { iso } from './moments.ts';

function contactEmail(ctx: DemoContext, c: CustomerInfo, first: string, last: string, usedEmails: Set<string>): string | null {
	if (c.person) return c.row.email;
	if (!c.domain || !ctx.rng.chance(0.92)) return null;
	const local = `${slug(first, '.')}.${slug(last, '.')}`;
	let email = `${local}@${c.domain}`;
	for (let m = 2; usedEmails.has(email); m++) email = `${local}${m}@${c.domain}`;
	usedEmails.add(email);
	return email;
}

function generateContact(ctx: DemoContext, c: CustomerInfo, k: number, usedEmails: Set<string>): ContactRow {
	const { rng, nowMs } = ctx;
	const fk = ctx.fakers[c.country.locale];
	const person = c.person;
	let first: string;
	let last: string;
	if (person) [first, last] = person;
	else {
		const sex = rng.chance(0.5) ? 'female' : 'male';
		first = fk.person.firstName(sex);
		last = surname(fk, sex);
	}
	const createdMs = person || k === 0 ? c.createdMs : Math.min(nowMs, c.createdMs + Math.floor((rng.float() ** 2 * (nowMs - c.createdMs)) / 1000) * 1000);
	const email = contactEmail(ctx, c, first, last, usedEmails);
	const consent = rng.chance(0.45);
	const consentAt = consent || rng.chance(0.1) ? iso(ctx.anyMoment(createdMs, nowMs)) : null;
	const country = c.country;
	const [, area] = rng.pick(countryCities(country, null));
	let phone: string | null = null;
	// Company contacts get an extension of the switchboard number.
	if (rng.chance(0.75)) phone = c.row.phone && !person ? `${c.row.phone}-${rng.int(10, 299)}` : landline(rng, country, area);
	const mobile = rng.chance(0.55) ? mobileNumber(rng, country) : null;
	const preferred = rng.weighted([
		['email', email ? 45 : 0],
		['phone', 30],
		['visit', person ? 1 : 8],
		['sms', mobile ? 5 : 0],
		['messenger', mobile ? 5 : 0],
		['post', 7],
	] as const);
	return {
		id: rng.uuid(),
		customer: c.row.id,
		first_name: clip(first, 100),
		last_name: clip(last, 100),
		position: person ? null : rng.weighted(POSITIONS),
		phone,
		mobile,
		email,
		email_secondary: email && rng.chance(0.08) ? `${slug(first, '.')}.${slug(last, '.')}${rng.int(1, 99)}@${rng.pick(['mail', 'post', 'web'])}.example` : null,
		preferred_channel: preferred,
		marketing_consent: consent,
		marketing_consent_at: consentAt,
		portal_user: null,
		active: c.row.status === 'lost' ? rng.chance(0.6) : rng.chance(0.94),
		notes: rng.chance(0.1) ? rng.pick(CONTACT_NOTES) : null,
		date_created: iso(createdMs),
		date_updated: null,
		user_created: null,
	};
}

export function generateContacts(ctx: DemoContext, customers: readonly CustomerInfo[], target: number): ContactRow[] {
	const { rng } = ctx;
	const perCustomer = customers.map((c) => (c.row.kind === 'person' ? 1 : rng.weighted([[1, 8], [2, 17], [3, 27], [4, 27], [5, 21]] as const)));
	const capacity = customers.reduce((n, c) => n + (c.row.kind === 'person' ? 1 : 5), 0);
	adjustToTotal(rng, perCustomer, Math.min(target, capacity), customers.map((c) => (c.row.kind === 'person' ? 1 : 5)));
	const contacts: ContactRow[] = [];
	customers.forEach((c, ci) => {
		const usedEmails = new Set<string>();
		for (let k = 0; k < at(perCustomer, ci); k++) {
			const contact = generateContact(ctx, c, k, usedEmails);
			contacts.push(contact);
			c.contacts.push(contact);
		}
	});
	return contacts;
}
