import { describe, expect, it } from 'vitest';
import { hasNewLines, numberNewLines } from '../../../packages/crm-core/src/orders/number-new-lines.ts';

describe('numberNewLines', () => {
	it('numbers new lines in the order they were sent', () => {
		expect(numberNewLines([{ product: 'b' }, { product: 'a' }, { product: 'c' }], 1)).toEqual([
			{ product: 'b', sort: 1 },
			{ product: 'a', sort: 2 },
			{ product: 'c', sort: 3 },
		]);
	});

	it('counts on after the lines a document already has, inside { create, update, delete }', () => {
		expect(numberNewLines({ create: [{ product: 'x' }, { product: 'y' }], update: [{ id: 'l1', quantity_milli: 2000 }], delete: ['l2'] }, 4)).toEqual({
			create: [
				{ product: 'x', sort: 4 },
				{ product: 'y', sort: 5 },
			],
			update: [{ id: 'l1', quantity_milli: 2000 }],
			delete: ['l2'],
		});
	});

	it('leaves links to existing lines, lines with a position and anything else as they are', () => {
		expect(numberNewLines(['l1', { id: 'l2', quantity_milli: 1 }, { product: 'p', sort: 9 }, { product: 'q' }], 1)).toEqual(['l1', { id: 'l2', quantity_milli: 1 }, { product: 'p', sort: 9 }, { product: 'q', sort: 1 }]);
		expect([numberNewLines(null, 1), numberNewLines(undefined, 1), numberNewLines('x', 1)]).toEqual([null, undefined, 'x']);
	});
});

describe('hasNewLines', () => {
	it.each([
		[[{ product: 'p' }], true],
		[{ create: [{ product: 'p' }] }, true],
		[['l1', { id: 'l2' }], false],
		[{ create: [], update: [{ id: 'l1' }] }, false],
		[[{ product: 'p', sort: 3 }], false],
		[null, false],
		['x', false],
	])('%j → %s', (lines, expected) => {
		expect(hasNewLines(lines)).toBe(expected);
	});
});
