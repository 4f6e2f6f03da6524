import { describe, expect, test } from 'vitest';
import { type CampaignChannel, planCampaignMembers, type TargetContact } from '../../../packages/crm-core/src/index.ts';

const contact = (id: string, overrides: Partial<TargetContact> = {}): TargetContact => ({
	id,
	customer: `cust-${id}`,
	email: `${id}@example.com`,
	phone: null,
	mobile: null,
	marketingConsent: true,
	active: true,
	...overrides,
});

const none = { noConsent: 0, noAddress: 0, inactive: 0, alreadyMembers: 0 };

const plan = (channel: CampaignChannel | null, contacts: TargetContact[], existing: string[] = []) => planCampaignMembers({ id: 'camp-1', channel }, contacts, new Set(existing));

describe('planCampaignMembers', () => {
	test('adds an active contact with consent and an address, with the campaign, customer and e-mail', () => {
		expect(plan('email', [contact('a')])).toEqual({
			add: [{ campaign: 'camp-1', customer: 'cust-a', contact: 'a', email: 'a@example.com' }],
			leftOut: none,
		});
	});

	test('skips a contact who never gave marketing consent', () => {
		expect(plan('email', [contact('a', { marketingConsent: false })])).toEqual({ add: [], leftOut: { ...none, noConsent: 1 } });
	});

	test('skips an inactive contact, and counts them as inactive even without consent or address', () => {
		const result = plan('email', [contact('a', { active: false }), contact('b', { active: false, marketingConsent: false, email: null })]);
		expect(result).toEqual({ add: [], leftOut: { ...none, inactive: 2 } });
	});

	test('counts a contact without consent as no consent even when they also lack an address', () => {
		expect(plan('email', [contact('a', { marketingConsent: false, email: null })]).leftOut).toEqual({ ...none, noConsent: 1 });
	});

	test.each<[string, CampaignChannel | null, Partial<TargetContact>, boolean]>([
		['an e-mail campaign needs an e-mail address', 'email', { email: null, phone: '+49 30 1', mobile: '+49 170 1' }, false],
		['an e-mail campaign refuses an empty e-mail address', 'email', { email: '' }, false],
		['an e-mail campaign takes a contact with only an e-mail address', 'email', { email: 'x@example.com' }, true],
		['a call campaign needs a phone or mobile number', 'call', { phone: null, mobile: null }, false],
		['a call campaign takes a phone number', 'call', { email: null, phone: '+49 30 1' }, true],
		['a call campaign takes a mobile number', 'call', { email: null, mobile: '+49 170 1' }, true],
		['a visit campaign needs no address at all', 'visit', { email: null }, true],
		['an event campaign needs no address at all', 'event', { email: null }, true],
		['an ads campaign needs no address at all', 'ads', { email: null }, true],
		['a campaign without a channel needs no address at all', null, { email: null }, true],
	])('%s', (_, channel, overrides, added) => {
		const result = plan(channel, [contact('a', overrides)]);
		expect(result.add.length).toBe(added ? 1 : 0);
		expect(result.leftOut).toEqual(added ? none : { ...none, noAddress: 1 });
	});

	test.each<[CampaignChannel | null, string | null]>([
		['email', 'a@example.com'],
		['call', null],
		['visit', null],
		['event', null],
		['ads', null],
		[null, null],
	])('a %s campaign stores the e-mail address %s with the member', (channel, email) => {
		expect(plan(channel, [contact('a', { phone: '+49 30 1' })]).add).toEqual([{ campaign: 'camp-1', customer: 'cust-a', contact: 'a', email }]);
	});

	test('never adds a contact who is already a member, and counts them', () => {
		expect(plan('email', [contact('a'), contact('b')], ['a'])).toEqual({
			add: [{ campaign: 'camp-1', customer: 'cust-b', contact: 'b', email: 'b@example.com' }],
			leftOut: { ...none, alreadyMembers: 1 },
		});
	});

	test('counts an existing member as already a member even if they withdrew consent since joining (nobody is removed)', () => {
		expect(plan('email', [contact('a', { marketingConsent: false, active: false })], ['a'])).toEqual({ add: [], leftOut: { ...none, alreadyMembers: 1 } });
	});

	test('adds a contact listed twice (in two segments) once, without counting the repeat as left out', () => {
		expect(plan('email', [contact('a'), contact('b'), contact('a')])).toEqual({
			add: [
				{ campaign: 'camp-1', customer: 'cust-a', contact: 'a', email: 'a@example.com' },
				{ campaign: 'camp-1', customer: 'cust-b', contact: 'b', email: 'b@example.com' },
			],
			leftOut: none,
		});
	});

	// A contact in two target segments is listed twice: one person, counted once.
	test.each<[string, Partial<TargetContact>, string[], keyof typeof none]>([
		['without consent', { marketingConsent: false }, [], 'noConsent'],
		['without an address', { email: null }, [], 'noAddress'],
		['inactive', { active: false }, [], 'inactive'],
		['already a member', {}, ['a'], 'alreadyMembers'],
	])('counts a contact %s who is listed twice only once', (_, overrides, existing, reason) => {
		expect(plan('email', [contact('a', overrides), contact('a', overrides)], existing).leftOut).toEqual({ ...none, [reason]: 1 });
	});

	test('tallies a mixed audience by reason, in input order', () => {
		const result = plan('email', [
			contact('a'),
			contact('b', { marketingConsent: false }),
			contact('c', { email: null }),
			contact('d', { active: false }),
			contact('e'),
			contact('f', { marketingConsent: false }),
		], ['e']);
		expect(result.add.map((m) => m.contact)).toEqual(['a']);
		expect(result.leftOut).toEqual({ noConsent: 2, noAddress: 1, inactive: 1, alreadyMembers: 1 });
	});

	test('adds nobody from an empty audience', () => {
		expect(plan('email', [], ['a'])).toEqual({ add: [], leftOut: none });
	});
});
