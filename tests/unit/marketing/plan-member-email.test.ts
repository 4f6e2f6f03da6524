import { describe, expect, test } from 'vitest';
import { type MemberAtSend, type MergeValues, planMemberEmail, renderCampaignEmail, sendInterval } from '../../../packages/crm-core/src/index.ts';

const template = { subject: 'Spring for {{first_name}}', body: 'Dear {{first_name}}, see https://shop.example/spring' };
const values: MergeValues = { first_name: 'Ann', last_name: 'Berg', customer: 'Berg & Co', offer: '10% off' };
const links = {
	track: (url: string) => `https://crm.example/crm/track/click/t?u=${url}`,
	openPixel: 'https://crm.example/crm/track/open/o',
	unsubscribe: 'https://crm.example/crm/track/unsubscribe/u',
	unsubscribePost: 'https://crm.example/crm/track/unsubscribe/u?one-click=1',
};
const reachable: MemberAtSend = { email: 'ann@example.com', consent: true, active: true };

describe('planMemberEmail', () => {
	test('writes the rendered e-mail to the member\'s address with one-click unsubscribe headers (RFC 8058)', () => {
		expect(planMemberEmail(reachable, template, values, links)).toEqual({
			to: 'ann@example.com',
			email: renderCampaignEmail(template, values, links),
			headers: { 'List-Unsubscribe': '<https://crm.example/crm/track/unsubscribe/u?one-click=1>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
		});
	});

	test('renders with the member\'s values and links', () => {
		const plan = planMemberEmail(reachable, template, values, links);
		expect(plan).toMatchObject({ email: { subject: 'Spring for Ann' } });
		expect('email' in plan && plan.email.text).toBe('Dear Ann, see https://crm.example/crm/track/click/t?u=https://shop.example/spring\n\n--\nNo more e-mails like this: https://crm.example/crm/track/unsubscribe/u\n');
	});

	test.each<[string, Partial<MemberAtSend>, string]>([
		['skips a contact who is no longer active', { active: false }, 'The contact is no longer active.'],
		['skips a contact who withdrew consent since joining', { consent: false }, 'The contact has withdrawn consent to marketing.'],
		['skips a contact who lost the e-mail address since joining', { email: null }, 'The contact has no e-mail address.'],
		['skips a contact whose e-mail address is now empty', { email: '' }, 'The contact has no e-mail address.'],
		['calls an inactive contact without consent or address inactive', { active: false, consent: false, email: null }, 'The contact is no longer active.'],
		['calls an active contact without consent or address without consent', { consent: false, email: null }, 'The contact has withdrawn consent to marketing.'],
	])('%s', (_, overrides, skip) => {
		expect(planMemberEmail({ ...reachable, ...overrides }, template, values, links)).toEqual({ skip });
	});
});

describe('sendInterval', () => {
	test.each<[number, number]>([
		[120, 500],
		[60, 1_000],
		[7, 8_572],
		[1, 60_000],
		[0, 60_000],
		[-5, 60_000],
		[0.5, 60_000],
		[60_000, 1],
		[100_000, 1],
	])('pauses, at %s e-mails a minute, %s ms between two', (rate, pause) => {
		expect(sendInterval(rate)).toBe(pause);
	});
});
