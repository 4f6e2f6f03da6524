import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_MODELS, TOUCH_KINDS, type TouchKind } from '../../../packages/crm-core/src/index.ts';
import { ATTRIBUTION_MODEL_LABELS, ATTRIBUTION_MODEL_ORDER, type CampaignFunnel, campaignActions, campaignFunnelRows } from '../../../packages/crm-studio/src/campaign-results.ts';

const counts = (values: Partial<Record<TouchKind, number>>): Record<TouchKind, number> => ({ sent: 0, delivered: 0, opened: 0, clicked: 0, responded: 0, converted: 0, unsubscribed: 0, ...values });

describe('campaignFunnelRows', () => {
	it('lists every touch kind in funnel order with its label, count and share of the members in basis points', () => {
		const funnel: CampaignFunnel = { members: 3, by_touch: counts({ sent: 3, delivered: 2, opened: 1, clicked: 1, responded: 1, converted: 0, unsubscribed: 1 }) };
		expect(campaignFunnelRows(funnel)).toEqual([
			{ kind: 'sent', label: 'Sent', count: 3, shareBp: 10_000 },
			{ kind: 'delivered', label: 'Delivered', count: 2, shareBp: 6_667 },
			{ kind: 'opened', label: 'Opened', count: 1, shareBp: 3_333 },
			{ kind: 'clicked', label: 'Clicked', count: 1, shareBp: 3_333 },
			{ kind: 'responded', label: 'Responded', count: 1, shareBp: 3_333 },
			{ kind: 'converted', label: 'Converted', count: 0, shareBp: 0 },
			{ kind: 'unsubscribed', label: 'Unsubscribed', count: 1, shareBp: 3_333 },
		]);
	});

	it('follows the order of the core\'s touch kinds', () => {
		expect(campaignFunnelRows({ members: 0, by_touch: counts({}) }).map((r) => r.kind)).toEqual([...TOUCH_KINDS]);
	});

	it.each([
		[1, 8, 1_250],
		// 1 ÷ 32 = 312.5 bp: a half rounds up.
		[1, 32, 313],
		[1, 3, 3_333],
		[2, 3, 6_667],
		[1, 7, 1_429],
		[1, 20_000, 1],
		[1, 20_001, 0],
		[1, 40_000, 0],
		[999, 1_000, 9_990],
		[5, 5, 10_000],
	])('shows %i of %i members as %i bp', (count, members, shareBp) => {
		expect(campaignFunnelRows({ members, by_touch: counts({ opened: count }) }).find((r) => r.kind === 'opened')!.shareBp).toBe(shareBp);
	});

	it('shows every share as 0 when the campaign has no members, keeping the counts', () => {
		expect(campaignFunnelRows({ members: 0, by_touch: counts({ converted: 2 }) }).map((r) => [r.kind, r.count, r.shareBp])).toEqual([
			['sent', 0, 0],
			['delivered', 0, 0],
			['opened', 0, 0],
			['clicked', 0, 0],
			['responded', 0, 0],
			['converted', 2, 0],
			['unsubscribed', 0, 0],
		]);
	});

	it('counts a kind missing from the answer as 0', () => {
		const partial = { members: 4, by_touch: { sent: 4 } } as unknown as CampaignFunnel;
		expect(campaignFunnelRows(partial).map((r) => [r.kind, r.count, r.shareBp])).toEqual([
			['sent', 4, 10_000],
			['delivered', 0, 0],
			['opened', 0, 0],
			['clicked', 0, 0],
			['responded', 0, 0],
			['converted', 0, 0],
			['unsubscribed', 0, 0],
		]);
	});
});

describe('campaignActions', () => {
	it.each<[string | null, string | null, string[]]>([
		['email', null, ['send', 'members']],
		['email', 'idle', ['send', 'members']],
		['email', 'sending', ['pause']],
		['email', 'paused', ['resume', 'members']],
		['email', 'sent', ['send', 'members']],
		['call', null, ['members', 'tasks']],
		['call', 'sending', ['members', 'tasks']],
		['visit', 'idle', ['members', 'tasks']],
		['event', 'paused', ['members']],
		['ads', 'sent', ['members']],
		[null, null, ['members']],
		[null, 'sending', ['members']],
	])('offers a %s campaign whose sending is %s: %j', (channel, sendStatus, actions) => {
		expect(campaignActions(channel, sendStatus)).toEqual(actions);
	});
});

describe('ATTRIBUTION_MODEL_LABELS', () => {
	it('labels every attribution model, and the page offers them in the core\'s order', () => {
		expect(Object.keys(ATTRIBUTION_MODEL_LABELS).sort()).toEqual([...ATTRIBUTION_MODELS].sort());
		expect(ATTRIBUTION_MODEL_ORDER).toEqual([...ATTRIBUTION_MODELS]);
		expect(ATTRIBUTION_MODEL_ORDER.map((m) => ATTRIBUTION_MODEL_LABELS[m])).toEqual(['First touch', 'Last touch', 'Linear', 'U-shaped (40/20/40)', 'Time decay']);
	});

	it.each(ATTRIBUTION_MODELS.map((m) => [m]))('gives %s a non-empty label of its own', (model) => {
		const label = ATTRIBUTION_MODEL_LABELS[model];
		expect(label.trim()).not.toBe('');
		expect(Object.values(ATTRIBUTION_MODEL_LABELS).filter((l) => l === label)).toHaveLength(1);
	});
});
