import { afterEach, describe, expect, test, vi } from 'vitest';
import { handoffTopic, WriteHandoff } from '../../../extensions/hooks/crm-hooks/src/write-handoff.ts';

const BEFORE = handoffTopic<{ status: string }>('before');
const CLAIMS = handoffTopic<string[]>('claims');

afterEach(() => vi.useRealTimers());

describe('WriteHandoff', () => {
	test('what a filter hands over is taken once, by topic, collection and item', () => {
		const handoff = new WriteHandoff();
		handoff.put(BEFORE, 'crm_orders', 'o1', { status: 'draft' });
		handoff.put(CLAIMS, 'crm_orders', 'o1', ['offer']);
		expect(handoff.take(BEFORE, 'crm_quotes', 'o1')).toBeUndefined();
		expect(handoff.take(BEFORE, 'crm_orders', 'o1')).toEqual({ status: 'draft' });
		expect(handoff.take(BEFORE, 'crm_orders', 'o1')).toBeUndefined();
		expect(handoff.take(CLAIMS, 'crm_orders', 'o1')).toEqual(['offer']);
	});

	test('what a write refused after its filter left behind is dropped after a minute', () => {
		vi.useFakeTimers({ now: new Date('2026-12-06T10:00:00Z') });
		const handoff = new WriteHandoff();
		handoff.put(BEFORE, 'crm_orders', 'refused', { status: 'draft' });
		vi.setSystemTime(new Date('2026-12-06T10:01:01Z'));
		handoff.put(BEFORE, 'crm_orders', 'next', { status: 'draft' });
		expect(handoff.has(BEFORE, 'crm_orders', 'refused')).toBe(false);
		expect(handoff.has(BEFORE, 'crm_orders', 'next')).toBe(true);
	});
});
