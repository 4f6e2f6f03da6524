import { describe, expect, it } from 'vitest';
import { parseApiError } from '../../../extensions/interfaces/crm-timeline/src/api-error.ts';
import { buildInteractionPayload, contactName, contactOptions, createDraft } from '../../../extensions/interfaces/crm-timeline/src/interaction-form.ts';

describe('createDraft', () => {
	const now = new Date(2024, 2, 10, 14, 30, 12);

	it('pre-fills a call', () => {
		expect(createDraft('call', now)).toEqual({
			type: 'call',
			direction: 'outbound',
			occurredAt: '2024-03-10T14:30',
			subject: 'Call',
			contact: null,
			outcome: '',
			nextStepDate: null,
		});
	});

	it('pre-fills a meeting', () => {
		expect(createDraft('meeting', now)).toEqual({
			type: 'meeting',
			direction: 'outbound',
			occurredAt: '2024-03-10T14:30',
			subject: 'Meeting',
			contact: null,
			outcome: '',
			nextStepDate: null,
		});
	});
});

describe('buildInteractionPayload', () => {
	it('sends the untouched draft with empty optionals as null', () => {
		const draft = createDraft('call', new Date(2024, 2, 10, 14, 30));
		expect(buildInteractionPayload(draft, 'cust-1')).toEqual({
			type: 'call',
			direction: 'outbound',
			occurred_at: new Date(2024, 2, 10, 14, 30).toISOString(),
			customer: 'cust-1',
			contact: null,
			subject: 'Call',
			outcome: null,
			next_step_date: null,
		});
	});

	it('sends what the user entered, trimmed', () => {
		const draft = {
			...createDraft('meeting', new Date(2024, 2, 10, 14, 30)),
			direction: 'inbound' as const,
			occurredAt: '2024-03-09T10:00',
			subject: '  Quarterly review  ',
			contact: 'contact-7',
			outcome: ' Wants a quote for 200 units. ',
			nextStepDate: '2024-03-15',
		};
		expect(buildInteractionPayload(draft, 12)).toEqual({
			type: 'meeting',
			direction: 'inbound',
			occurred_at: new Date(2024, 2, 9, 10, 0).toISOString(),
			customer: 12,
			contact: 'contact-7',
			subject: 'Quarterly review',
			outcome: 'Wants a quote for 200 units.',
			next_step_date: '2024-03-15',
		});
	});

	it('leaves validation to the server: empty subject and time are sent as they are', () => {
		const draft = { ...createDraft('call'), subject: '   ', occurredAt: '', outcome: '   ', nextStepDate: '' };
		const payload = buildInteractionPayload(draft, 'c');
		expect(payload.subject).toBe('');
		expect(payload.occurred_at).toBeNull();
		expect(payload.outcome).toBeNull();
		expect(payload.next_step_date).toBeNull();
	});
});

describe('contacts', () => {
	it('names contacts', () => {
		expect(contactName({ id: '1', first_name: 'Ada', last_name: 'Lovelace' })).toBe('Ada Lovelace');
		expect(contactName({ id: '2', first_name: 'Ada', last_name: null })).toBe('Ada');
		expect(contactName({ id: '3', first_name: '  ', last_name: 'Byron ' })).toBe('Byron');
		expect(contactName({ id: '4' })).toBe('4');
	});

	it('builds sorted select options', () => {
		expect(
			contactOptions([
				{ id: 'b', first_name: 'Zoe', last_name: 'Adams' },
				{ id: 'a', first_name: 'Anna', last_name: 'Zimmer' },
				{ id: 'c', first_name: 'Anna', last_name: 'Zimmer' },
			]),
		).toEqual([
			{ text: 'Anna Zimmer', value: 'a' },
			{ text: 'Anna Zimmer', value: 'c' },
			{ text: 'Zoe Adams', value: 'b' },
		]);
	});
});

describe('parseApiError', () => {
	it('reads a Directus validation error with field', () => {
		const error = {
			message: 'Request failed with status code 400',
			response: {
				status: 400,
				data: {
					errors: [
						{ message: 'Subject is required.', extensions: { code: 'CRM_REQUIRED_FIELD', field: 'subject' } },
						{ message: 'occurred_at lies too far in the future.', extensions: { code: 'CRM_OCCURRED_IN_FUTURE', field: 'occurred_at' } },
						{ message: 'Subject is required.', extensions: { code: 'CRM_REQUIRED_FIELD', field: 'subject' } },
					],
				},
			},
		};
		expect(parseApiError(error)).toEqual({
			messages: ['Subject is required.', 'occurred_at lies too far in the future.'],
			code: 'CRM_REQUIRED_FIELD',
			fieldErrors: { subject: 'Subject is required.', occurred_at: 'occurred_at lies too far in the future.' },
			status: 400,
		});
	});

	it('reads an error without field', () => {
		const error = { response: { status: 404, data: { errors: [{ message: 'Customer not found.', extensions: { code: 'CRM_NOT_FOUND' } }] } } };
		expect(parseApiError(error)).toEqual({ messages: ['Customer not found.'], code: 'CRM_NOT_FOUND', fieldErrors: {}, status: 404 });
	});

	it('falls back to the error message, then to the fallback text', () => {
		expect(parseApiError(new Error('Network Error'))).toEqual({ messages: ['Network Error'], code: null, fieldErrors: {}, status: null });
		expect(parseApiError({ response: { status: 502, data: '<html>Bad gateway</html>' } }, 'Could not load.')).toEqual({
			messages: ['Could not load.'],
			code: null,
			fieldErrors: {},
			status: 502,
		});
		expect(parseApiError(undefined, 'Could not load.').messages).toEqual(['Could not load.']);
	});

	it('does not treat prototype keys as already-seen fields', () => {
		const error = { response: { status: 400, data: { errors: [{ message: 'Bad.', extensions: { code: 'X', field: 'constructor' } }] } } };
		expect(parseApiError(error).fieldErrors).toEqual({ constructor: 'Bad.' });
	});
});
