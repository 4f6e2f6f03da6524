import { describe, expect, test } from 'vitest';
import { productGroupLevel, productGroupParent } from '../../../packages/crm-core/src/index.ts';

/*
 * Tools ─┬─ Power tools ── Drills
 *        └─ Hand tools
 * Fasteners
 * Orphan (its parent is gone) sits at the top.
 */
const tree = new Map<string, string | null>([
	['tools', null],
	['power', 'tools'],
	['drills', 'power'],
	['hand', 'tools'],
	['fasteners', null],
	['orphan', 'gone'],
]);

describe('the product-group tree, a level at a time', () => {
	test('the top level: each group with every group below it', () => {
		const level = productGroupLevel(tree, null);
		expect(level.nodes.map((n) => [n.id, [...n.members].sort(), n.hasChildren])).toEqual([
			['tools', ['drills', 'hand', 'power', 'tools'], true],
			['fasteners', ['fasteners'], false],
			['orphan', ['orphan'], false],
		]);
	});

	test('within a group: its children (their subtrees), not the group itself', () => {
		expect(productGroupLevel(tree, 'tools').nodes.map((n) => [n.id, [...n.members].sort(), n.hasChildren])).toEqual([
			['power', ['drills', 'power'], true],
			['hand', ['hand'], false],
		]);
		expect(productGroupLevel(tree, 'drills').nodes).toEqual([]);
	});

	test('a cycle in the data is walked once', () => {
		const cyclic = new Map<string, string | null>([['root', null], ['a', 'root'], ['b', 'a'], ['a2', 'b']]);
		cyclic.set('a', 'a2');
		expect(productGroupLevel(cyclic, null).nodes.map((n) => n.id)).toEqual(['root']);
		expect(() => productGroupLevel(new Map([['x', 'y'], ['y', 'x']]), 'x')).not.toThrow();
	});

	test('the level a breakdown lists: the one group filtered on, else the top', () => {
		expect([productGroupParent(undefined), productGroupParent(['tools']), productGroupParent(['tools', 'fasteners'])]).toEqual([null, 'tools', null]);
	});
});
