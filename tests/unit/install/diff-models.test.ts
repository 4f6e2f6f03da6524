import { describe, expect, test } from 'vitest';
import { diffModels } from '../../../packages/crm-install/src/plan/diff-models.ts';
import type { Model, ModelCollection, ModelField } from '../../../packages/crm-install/src/plan/model.ts';

const field = (name: string, meta: Record<string, unknown> = {}, schema: Record<string, unknown> | null = { is_nullable: true }): ModelField => ({ field: name, type: 'string', meta: { note: null, ...meta }, schema });
const collection = (name: string, fields = [field('id')], meta: Record<string, unknown> = { icon: 'box' }): ModelCollection => ({ collection: name, meta, fields });
const model = (collections: ModelCollection[], relations: Model['relations'] = []): Model => ({ collections, relations });
const kinds = (m1: Model, m2: Model) => diffModels(m1, m2).map((s) => s.kind);

describe('diffModels', () => {
	test('the same model needs no step, whatever order its keys are written in', () => {
		const a = model([collection('crm_a', [field('id', { note: 'x', width: 'half' })])]);
		const b = model([collection('crm_a', [{ field: 'id', type: 'string', meta: { width: 'half', note: 'x' }, schema: { is_nullable: true } }])]);
		expect(diffModels(a, b)).toEqual([]);
	});

	test('a changed note updates only the note, so an administrator\'s display on the same field stays', () => {
		const before = model([collection('crm_a', [field('id'), field('name', { note: 'Name', display: 'raw' })])]);
		const after = model([collection('crm_a', [field('id'), field('name', { note: 'Name used in lists', display: 'raw' })])]);
		expect(diffModels(before, after)).toEqual([{ kind: 'update_field', collection: 'crm_a', field: 'name', meta: { note: 'Name used in lists' } }]);
	});

	test('new collections and fields are created, then relations that need them; removals come last', () => {
		const before = model([collection('crm_a', [field('id'), field('old')])], [{ collection: 'crm_a', field: 'old', related_collection: 'crm_c', meta: {}, schema: null }]);
		const after = model([collection('crm_a', [field('id'), field('b')]), collection('crm_b')], [{ collection: 'crm_a', field: 'b', related_collection: 'crm_b', meta: {}, schema: null }]);
		expect(kinds(before, after)).toEqual(['delete_relation', 'create_collection', 'create_field', 'create_relation', 'delete_field']);
	});

	test('a removed collection is deleted, and a changed schema property is named alone', () => {
		const before = model([collection('crm_a', [field('id'), field('n', {}, { is_nullable: true, max_length: 10 })]), collection('crm_gone')]);
		const after = model([collection('crm_a', [field('id'), field('n', {}, { is_nullable: true, max_length: 40 })])]);
		expect(diffModels(before, after)).toEqual([
			{ kind: 'update_field', collection: 'crm_a', field: 'n', schema: { max_length: 40 } },
			{ kind: 'delete_collection', collection: 'crm_gone' },
		]);
	});

	test('a relation that points elsewhere is removed and made again', () => {
		const rel = (to: string) => ({ collection: 'crm_a', field: 'x', related_collection: to, meta: { one_field: null }, schema: { on_delete: 'SET NULL' } });
		const base = [collection('crm_a', [field('id'), field('x')])];
		expect(kinds(model(base, [rel('crm_b')]), model(base, [rel('crm_c')]))).toEqual(['delete_relation', 'create_relation']);
		expect(diffModels(model(base, [rel('crm_b')]), model(base, [{ ...rel('crm_b'), schema: { on_delete: 'CASCADE' } }]))).toEqual([{ kind: 'update_relation', collection: 'crm_a', field: 'x', schema: { on_delete: 'CASCADE' } }]);
	});
});
