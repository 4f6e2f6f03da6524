import { describe, expect, test } from 'vitest';
import { type CampaignChannel, planTouch, type TouchedMember, type TouchKind } from '../../../packages/crm-core/src/index.ts';

const AT = new Date('2026-03-16T10:30:00Z');

const member = (channel: CampaignChannel | null = 'email', contact: string | null = 'contact-1'): TouchedMember => ({
	id: 'member-1',
	campaign: { id: 'camp-1', code: 'SPRING', channel },
	customer: 'cust-1',
	contact,
});

describe('planTouch', () => {
	test('writes the touch, the member\'s last touch, the timeline interaction, and no consent change for an e-mail open', () => {
		expect(planTouch(member(), { kind: 'opened', at: AT, dedupeKey: 'opened:member-1' })).toEqual({
			touch: { campaign: 'camp-1', member: 'member-1', customer: 'cust-1', contact: 'contact-1', kind: 'opened', occurred_at: AT, link: null, outcome: null, dedupe_key: 'opened:member-1' },
			member: { last_touch: 'opened', last_touch_at: AT },
			interaction: { type: 'email', direction: 'inbound', occurred_at: AT, customer: 'cust-1', contact: 'contact-1', rep: null, subject: 'Campaign SPRING: e-mail opened', outcome: null, related_collection: 'crm_campaign_touches' },
			withdrawConsent: null,
		});
	});

	test.each<[TouchKind, boolean]>([
		['delivered', true],
		['responded', true],
		['converted', true],
		['unsubscribed', true],
		['sent', false],
		['opened', false],
		['clicked', false],
	])('a rep\'s open task ends with a logged %s: %s; the interaction is the rep\'s', (kind, done) => {
		const plan = planTouch({ ...member('call'), openTaskOf: 'rep-7' }, { kind, at: AT });
		expect(plan.member.task_state).toBe(done ? 'done' : undefined);
		expect(plan.interaction.rep).toBe('rep-7');
	});

	test('a member that is no task stays none', () => {
		expect(planTouch(member('call'), { kind: 'responded', at: AT }).member).toEqual({ last_touch: 'responded', last_touch_at: AT });
	});

	test('carries the link and the outcome into the touch and the outcome into the interaction', () => {
		const plan = planTouch(member('call'), { kind: 'responded', at: AT, link: 'https://shop.example', outcome: 'Wants a quote' });
		expect(plan.touch).toMatchObject({ link: 'https://shop.example', outcome: 'Wants a quote', dedupe_key: null });
		expect(plan.interaction.outcome).toBe('Wants a quote');
	});

	test.each<[CampaignChannel | null, string]>([
		['email', 'email'],
		['call', 'call'],
		['visit', 'visit'],
		['event', 'meeting'],
		['ads', 'system'],
		[null, 'email'],
	])('records a touch of a %s campaign as a %s interaction', (channel, type) => {
		expect(planTouch(member(channel), { kind: 'responded', at: AT }).interaction.type).toBe(type);
	});

	test.each<[TouchKind, 'outbound' | 'inbound']>([
		['sent', 'outbound'],
		['delivered', 'inbound'],
		['opened', 'inbound'],
		['clicked', 'inbound'],
		['responded', 'inbound'],
		['converted', 'inbound'],
		['unsubscribed', 'inbound'],
	])('records %s as %s', (kind, direction) => {
		expect(planTouch(member(), { kind, at: AT }).interaction.direction).toBe(direction);
	});

	test.each<[CampaignChannel | null, TouchKind, string | null, string]>([
		['email', 'sent', null, 'Campaign SPRING: e-mail sent'],
		['email', 'delivered', null, 'Campaign SPRING: e-mail delivered'],
		['email', 'opened', null, 'Campaign SPRING: e-mail opened'],
		['email', 'clicked', 'https://shop.example/spring', 'Campaign SPRING: e-mail link clicked: https://shop.example/spring'],
		['email', 'clicked', null, 'Campaign SPRING: e-mail link clicked'],
		['email', 'responded', null, 'Campaign SPRING: e-mail responded'],
		['email', 'converted', null, 'Campaign SPRING: e-mail converted'],
		['email', 'unsubscribed', null, 'Campaign SPRING: unsubscribed from marketing'],
		['email', 'opened', 'https://shop.example/ignored', 'Campaign SPRING: e-mail opened'],
		['call', 'sent', null, 'Campaign SPRING: sent'],
		['call', 'responded', null, 'Campaign SPRING: responded'],
		['visit', 'clicked', 'https://shop.example', 'Campaign SPRING: link clicked: https://shop.example'],
		['event', 'converted', null, 'Campaign SPRING: converted'],
		['ads', 'unsubscribed', null, 'Campaign SPRING: unsubscribed from marketing'],
	])('titles a %s campaign\'s %s touch (link %s) "%s"', (channel, kind, link, subject) => {
		expect(planTouch(member(channel), { kind, at: AT, link }).interaction.subject).toBe(subject);
	});

	test('withdraws the contact\'s consent, as of the touch, when they unsubscribe', () => {
		expect(planTouch(member(), { kind: 'unsubscribed', at: AT }).withdrawConsent).toEqual({ contact: 'contact-1', at: AT });
	});

	test('withdraws no consent when a member without a contact unsubscribes', () => {
		expect(planTouch(member('email', null), { kind: 'unsubscribed', at: AT }).withdrawConsent).toBeNull();
	});

	test.each<TouchKind>(['sent', 'delivered', 'opened', 'clicked', 'responded', 'converted'])('leaves consent alone on %s', (kind) => {
		expect(planTouch(member(), { kind, at: AT }).withdrawConsent).toBeNull();
	});

	test.each<[string, number, number]>([
		['keeps a subject of exactly 255 characters whole', 255, 255],
		['keeps a subject of 254 characters whole', 254, 254],
		['cuts a subject of 256 characters to 255, the last an ellipsis', 256, 255],
		['cuts a subject of 2,000 characters to 255, the last an ellipsis', 2_000, 255],
	])('%s', (_, total, length) => {
		const prefix = 'Campaign SPRING: e-mail link clicked: ';
		const link = `https://shop.example/${'a'.repeat(total - prefix.length - 'https://shop.example/'.length)}`;
		const subject = planTouch(member(), { kind: 'clicked', at: AT, link }).interaction.subject;
		expect(subject.length).toBe(length);
		expect(subject).toBe(total > 255 ? `${(prefix + link).slice(0, 254)}…` : prefix + link);
	});

	test('keeps the full link in the touch when the subject is cut', () => {
		const link = `https://shop.example/${'a'.repeat(500)}`;
		expect(planTouch(member(), { kind: 'clicked', at: AT, link }).touch.link).toBe(link);
	});
});
