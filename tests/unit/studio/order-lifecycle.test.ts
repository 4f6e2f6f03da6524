import { describe, expect, it } from 'vitest';
import { actionRequest, availableActions, canOverride, isSavedKey, parseActionError, stepState } from '../../../extensions/interfaces/crm-order-status/src/order-lifecycle.ts';

const actionsOf = (status: string | null) => availableActions(status).map((a) => a.action);

describe('availableActions', () => {
	it('offers the allowed next steps that have an endpoint', () => {
		expect(actionsOf('draft')).toEqual(['confirm', 'cancel']);
		expect(actionsOf('confirmed')).toEqual(['ship', 'cancel']);
		expect(actionsOf('partially_shipped')).toEqual(['ship']);
		expect(actionsOf('shipped')).toEqual(['invoice']);
	});

	it('offers nothing for paid, final or unknown statuses', () => {
		expect(actionsOf('invoiced')).toEqual([]);
		expect(actionsOf('paid')).toEqual([]);
		expect(actionsOf('closed')).toEqual([]);
		expect(actionsOf('cancelled')).toEqual([]);
		expect(actionsOf('bogus')).toEqual([]);
		expect(actionsOf(null)).toEqual([]);
	});

	it('asks for a reason only to cancel', () => {
		expect(availableActions('draft').map((a) => [a.action, a.needsReason])).toEqual([
			['confirm', false],
			['cancel', true],
		]);
	});
});

describe('stepState', () => {
	it('marks earlier steps done, the current one current and later ones upcoming', () => {
		expect(stepState('draft', 'shipped')).toBe('done');
		expect(stepState('partially_shipped', 'shipped')).toBe('done');
		expect(stepState('shipped', 'shipped')).toBe('current');
		expect(stepState('invoiced', 'shipped')).toBe('upcoming');
		expect(stepState('draft', null)).toBe('upcoming');
	});

	it('greys out the line of a cancelled order', () => {
		expect(stepState('draft', 'cancelled')).toBe('done');
		expect(stepState('confirmed', 'cancelled')).toBe('skipped');
	});
});

describe('approving discounts', () => {
	it('a draft with discounts pending approval offers "Approve discounts" before confirming', () => {
		expect(availableActions('draft', 'pending').map((a) => a.action)).toEqual(['approve', 'confirm', 'cancel']);
		expect(availableActions('draft', 'approved').map((a) => a.action)).toEqual(['confirm', 'cancel']);
		expect(availableActions('confirmed', 'pending').map((a) => a.action)).not.toContain('approve');
	});

	it('approving posts to the approve-discounts endpoint of the order', () => {
		expect(actionRequest('approve', 'o-1')).toEqual({ url: '/crm/orders/o-1/approve-discounts', body: {} });
	});
});

describe('actionRequest', () => {
	it('builds the endpoint and body of each action', () => {
		expect(actionRequest('confirm', 'a/b')).toEqual({ url: '/crm/orders/a%2Fb/confirm', body: {} });
		expect(actionRequest('confirm', 'x', { overrideReason: 'Prepaid' })).toEqual({ url: '/crm/orders/x/confirm', body: { override_reason: 'Prepaid' } });
		expect(actionRequest('cancel', 'x', { reason: 'Withdrawn' })).toEqual({ url: '/crm/orders/x/cancel', body: { reason: 'Withdrawn' } });
		expect(actionRequest('ship', 'x')).toEqual({ url: '/crm/orders/x/shipments', body: {} });
		expect(actionRequest('invoice', 7)).toEqual({ url: '/crm/orders/7/invoices', body: {} });
	});
});

describe('parseActionError', () => {
	it('reads the credit-block reasons of the first error', () => {
		const error = {
			response: {
				status: 409,
				data: { errors: [{ message: 'Blocked.', extensions: { code: 'CRM_CREDIT_BLOCKED', reasons: [{ code: 'CREDIT_LIMIT_EXCEEDED', message: 'Over the limit.' }, { code: 'INVOICES_OVERDUE', message: 'Overdue: INV-1.' }] } }] },
			},
		};
		const problem = parseActionError(error);
		expect(problem).toEqual({ code: 'CRM_CREDIT_BLOCKED', status: 409, messages: ['Blocked.'], reasons: ['Over the limit.', 'Overdue: INV-1.'] });
		expect(canOverride(problem)).toBe(true);
	});

	it('shows other errors as messages, and a missing endpoint as such', () => {
		const forbidden = parseActionError({ response: { status: 403, data: { errors: [{ message: 'Only a sales manager can override a credit block.', extensions: { code: 'CRM_OVERRIDE_FORBIDDEN' } }] } } });
		expect(forbidden.messages).toEqual(['Only a sales manager can override a credit block.']);
		expect(canOverride(forbidden)).toBe(false);
		expect(parseActionError({ response: { status: 404, data: '' } }).messages).toEqual(['This step is not available on the server yet (404).']);
		expect(parseActionError(new Error('Network Error')).messages).toEqual(['Network Error']);
		expect(parseActionError(null).messages).toEqual(['The step could not be done.']);
	});
});

describe('isSavedKey', () => {
	it('is false for a new item', () => {
		expect(isSavedKey('+')).toBe(false);
		expect(isSavedKey(null)).toBe(false);
		expect(isSavedKey('')).toBe(false);
		expect(isSavedKey('6f1c')).toBe(true);
		expect(isSavedKey(3)).toBe(true);
	});
});
