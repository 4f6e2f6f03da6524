import { describe, expect, test } from 'vitest';
import { assertValidTemplate, CrmError, fillMergeFields, MERGE_FIELDS, type MergeValues, unknownMergeFields } from '../../../packages/crm-core/src/index.ts';
import { thrown } from './marketing-fixtures.ts';

const values: MergeValues = { first_name: 'Ann', last_name: 'Berg', customer: 'Berg & Co', offer: '10% off' };

describe('MERGE_FIELDS', () => {
	test('names the four fields an e-mail may use', () => {
		expect(MERGE_FIELDS).toEqual(['first_name', 'last_name', 'customer', 'offer']);
	});
});

describe('unknownMergeFields', () => {
	test.each<[string, string[]]>([
		['Hello {{first_name}} {{last_name}} of {{customer}}: {{offer}}', []],
		['Hello {{ first_name }}', []],
		['Plain text without fields', []],
		['Hello {{firstname}}', ['firstname']],
		['Hello {{First_Name}}', ['First_Name']],
		['{{ company }} and {{company}} and {{phone}}', ['company', 'phone']],
		['Hello {{}}', ['']],
		['{{first_name}} {{ Offer }}', ['Offer']],
		['A single {brace} is plain text', []],
	])('finds in %j the unknown fields %j', (text, unknown) => {
		expect(unknownMergeFields(text)).toEqual(unknown);
	});
});

describe('assertValidTemplate', () => {
	test.each<[string, string | null]>([
		['email_subject', null],
		['email_subject', ''],
		['email_body', 'Dear {{first_name}}, {{ offer }} for {{customer}}.'],
	])('accepts %s %j', (field, text) => {
		expect(() => assertValidTemplate(field, text)).not.toThrow();
	});

	test('refuses a template naming a field that does not exist with CRM_CAMPAIGN_TEMPLATE_INVALID, naming the field and the unknown names', () => {
		const error = thrown(() => assertValidTemplate('email_body', 'Dear {{firstname}} of {{company}}, {{firstname}}'));
		expect(error).toBeInstanceOf(CrmError);
		expect(error).toMatchObject({ code: 'CRM_CAMPAIGN_TEMPLATE_INVALID', details: { field: 'email_body', unknown: ['firstname', 'company'] } });
		expect((error as Error).message).toMatch(/^The body names \{\{firstname\}\}, \{\{company\}\}, /);
	});

	test('says "subject" for the email_subject field', () => {
		expect(thrown(() => assertValidTemplate('email_subject', '{{name}}'))).toMatchObject({
			code: 'CRM_CAMPAIGN_TEMPLATE_INVALID',
			details: { field: 'email_subject', unknown: ['name'] },
			message: 'The subject names {{name}}, which is not a merge field; use {{first_name}}, {{last_name}}, {{customer}}, {{offer}}.',
		});
	});
});

describe('fillMergeFields', () => {
	test.each<[string, string]>([
		['Dear {{first_name}} {{last_name}}', 'Dear Ann Berg'],
		['{{ customer }}: {{offer}}', 'Berg & Co: 10% off'],
		['{{first_name}}, {{first_name}}!', 'Ann, Ann!'],
		['No fields here', 'No fields here'],
		['Unknown {{phone}} stays as written', 'Unknown {{phone}} stays as written'],
	])('fills %j as %j', (text, filled) => {
		expect(fillMergeFields(text, values)).toBe(filled);
	});

	test('passes every value, and only the values, through the escape function', () => {
		const escape = (v: string) => `[${v.toUpperCase()}]`;
		expect(fillMergeFields('Hi {{first_name}} of {{customer}} & friends {{nope}}', values, escape)).toBe('Hi [ANN] of [BERG & CO] & friends {{nope}}');
	});

	test('does not fill a field a value itself contains (no second pass)', () => {
		expect(fillMergeFields('Hi {{first_name}}', { ...values, first_name: '{{last_name}}' })).toBe('Hi {{last_name}}');
	});

	test('takes replacement patterns such as $& in a value literally', () => {
		expect(fillMergeFields('Hi {{first_name}}', { ...values, first_name: "$& $1 $'" })).toBe("Hi $& $1 $'");
	});

	test('fills an empty value as nothing', () => {
		expect(fillMergeFields('Hi {{first_name}}!', { ...values, first_name: '' })).toBe('Hi !');
	});
});
