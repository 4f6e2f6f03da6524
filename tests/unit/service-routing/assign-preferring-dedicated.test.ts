import { describe, expect, test } from 'vitest';
import { assignPreferringDedicated, assignRequest } from '../../../packages/crm-core/src/service-routing/index.ts';
import { candidateOf, NOW, routed, specialist } from './routing-fixtures.ts';

describe('assignPreferringDedicated', () => {
	const ann = specialist({ id: 'ann', teamIds: ['desk'] });
	const ded = specialist({ id: 'ded', name: 'Dora', teamIds: ['field'], load: [{ priority: 'normal', count: 3 }] });
	const request = routed({ teamId: 'desk' });

	test('the dedicated engineer takes it, even from another team and with a higher load', () => {
		const result = assignPreferringDedicated({ request, specialists: [ann, ded], now: NOW, dedicatedId: 'ded' });
		expect(result.assignee).toBe('ded');
		expect(result.explanation.summary).toMatch(/^dedicated engineer Dora takes it \(service map step\); /);
	});

	test('a dedicated engineer who cannot take it leaves the request to the usual routing, saying why', () => {
		const away = { ...ded, absentUntil: '2026-05-05T00:00:00Z' };
		const result = assignPreferringDedicated({ request, specialists: [ann, away], now: NOW, dedicatedId: 'ded' });
		expect(result.assignee).toBe('ann');
		expect(result.explanation.summary).toMatch(/^dedicated engineer Dora cannot take it \(absent until /);
	});

	test('without a dedicated engineer it is plain assignment', () => {
		expect(assignPreferringDedicated({ request, specialists: [ann, ded], now: NOW, dedicatedId: null })).toEqual(assignRequest({ request, specialists: [ann, ded], now: NOW }));
	});

	test('the specialist the request is routed away from is never chosen, dedicated or not, and is explained as absent', () => {
		const both = specialist({ id: 'bob', teamIds: ['desk'] });
		const result = assignPreferringDedicated({ request, specialists: [ann, both], now: NOW, dedicatedId: 'ann', leavingId: 'ann' });
		expect(result.assignee).toBe('bob');
		expect(candidateOf(result, 'ann').outcome).toBe('absent');
	});
});
