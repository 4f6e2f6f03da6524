import { describe, expect, test } from 'vitest';
import { appliedText, fromPreviewResponse, fromRepsResponse, movedText } from '../../../extensions/panels/crm-customer-assignment/src/read-assignment.ts';

describe('the customer assignment panel', () => {
	test('lists the customers the rules would move and those it may not, not those that stay', () => {
		const body = {
			data: {
				changes: 1,
				rows: [
					{ customer: 'c1', customer_name: 'Dealer One', outcome: 'change', from_name: 'Ann', to_name: 'Ozzy', reason: 'Rule "Dealers" matched: category dealer.' },
					{ customer: 'c2', customer_name: 'Keeps', outcome: 'unchanged', from_name: 'Ann', to_name: null, reason: 'Already with Ann.' },
					{ customer: 'c3', customer_name: 'Far away', outcome: 'refused', from_name: null, to_name: 'Ozzy', reason: 'Outside your teams.' },
				],
			},
		};
		expect(fromPreviewResponse(body)).toEqual({
			changes: 1,
			rows: [
				{ customerId: 'c1', customerName: 'Dealer One', outcome: 'change', fromName: 'Ann', toName: 'Ozzy', reason: 'Rule "Dealers" matched: category dealer.' },
				{ customerId: 'c3', customerName: 'Far away', outcome: 'refused', fromName: null, toName: 'Ozzy', reason: 'Outside your teams.' },
			],
		});
	});

	test.each([[null], [{}], [{ data: { rows: [] } }], [{ data: 'x' }]])('cannot read %j', (body) => {
		expect(fromPreviewResponse(body)).toBeNull();
	});

	test('offers the reps by name, inactive ones marked', () => {
		expect(fromRepsResponse({ data: [{ id: 'b', name: 'Ben', active: false }, { id: 'a', name: 'Ann', active: true }, { id: 'x' }] })).toEqual([
			{ id: 'a', name: 'Ann', active: true },
			{ id: 'b', name: 'Ben', active: false },
			{ id: 'x', name: 'x', active: true },
		]);
	});

	test.each([
		[1, 'Moved 1 customer of Ben to Ann.'],
		[12, 'Moved 12 customers of Ben to Ann.'],
	])('says what a move did: %i', (n, text) => {
		expect(movedText(n, 'Ben', 'Ann')).toBe(text);
	});

	test.each([
		[0, 'The rules move no customer: every owner is as the rules say.'],
		[2, 'Applied the rules: 2 customers moved.'],
	])('says what applying the rules did: %i', (n, text) => {
		expect(appliedText(n)).toBe(text);
	});
});
