import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { CrmError, parseSegmentRule, SEGMENT_RULE_SCHEMA } from '../../../packages/crm-core/src/index.ts';

const ajv = new Ajv2020({ strict: false });
addFormats.default(ajv);
const valid = ajv.compile(SEGMENT_RULE_SCHEMA);
const G = '0b5c7a34-9d1e-4c2f-8a6b-1e2d3c4b5a61';

const parses = (rule: unknown) => {
	try {
		parseSegmentRule(rule, 'customers');
		return true;
	} catch (error) {
		if (error instanceof CrmError) return false;
		throw error;
	}
};

describe('the published segment rule schema and the parser agree', () => {
	test.each([
		['every kind of condition', { match: 'any', conditions: [{ kind: 'attribute', attribute: 'status', values: ['key'] }, { kind: 'in_group', groups: [G], negate: true }, { kind: 'in_segment', segments: [G] }, { kind: 'bought', productGroups: [G], withinDays: null }, { kind: 'revenue', withinDays: 30, atLeast: 100, below: null }, { kind: 'no_order_for', days: 9 }] }, true],
		['no conditions', { conditions: [] }, false],
		['an unknown kind', { conditions: [{ kind: 'likes' }] }, false],
		['a stray property', { conditions: [{ kind: 'no_order_for', days: 9, negate: true }] }, false],
		['a window of zero days', { conditions: [{ kind: 'no_order_for', days: 0 }] }, false],
		['an id that is no UUID', { conditions: [{ kind: 'in_group', groups: ['vip'] }] }, false],
		['a negative amount', { conditions: [{ kind: 'revenue', withinDays: 30, atLeast: -5 }] }, false],
	])('%s: schema and parser both say %s', (_name, rule, ok) => {
		expect([valid(rule), parses(rule)]).toEqual([ok, ok]);
	});
});
