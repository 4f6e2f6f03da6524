/** Pure logic of the order status interface: the steps to draw and the actions to offer. */
import { isOrderStatus, nextOrderStatuses, type OrderStatus } from '@crm/core';

/** The main line of an order's life; `cancelled` is drawn aside. */
export const LIFECYCLE: readonly OrderStatus[] = ['draft', 'confirmed', 'partially_shipped', 'shipped', 'invoiced', 'paid', 'closed'];

const LABELS: Record<OrderStatus, string> = {
	draft: 'Draft',
	confirmed: 'Confirmed',
	partially_shipped: 'Partially shipped',
	shipped: 'Shipped',
	invoiced: 'Invoiced',
	paid: 'Paid',
	closed: 'Closed',
	cancelled: 'Cancelled',
};

export function statusLabel(status: string): string {
	return isOrderStatus(status) ? LABELS[status] : status;
}

export type StepState = 'done' | 'current' | 'upcoming' | 'skipped';

/**
 * How a lifecycle step looks for an order in `current`. A cancelled order shows every step as
 * skipped except draft/confirmed it went through (we cannot know which, so draft counts as done).
 * A fully shipped order never needs "partially shipped", so that step shows as done too.
 */
export function stepState(step: OrderStatus, current: string | null): StepState {
	if (!current || !isOrderStatus(current)) return 'upcoming';
	if (current === 'cancelled') return step === 'draft' ? 'done' : 'skipped';
	if (step === current) return 'current';
	return LIFECYCLE.indexOf(step) < LIFECYCLE.indexOf(current) ? 'done' : 'upcoming';
}

export type OrderAction = 'approve' | 'confirm' | 'cancel' | 'ship' | 'invoice';

export interface ActionSpec {
	action: OrderAction;
	label: string;
	icon: string;
	/** Needs a typed reason before it is sent. */
	needsReason: boolean;
}

const APPROVE: ActionSpec = { action: 'approve', label: 'Approve discounts', icon: 'verified', needsReason: false };

const ACTION_FOR_STATUS: Partial<Record<OrderStatus, ActionSpec>> = {
	confirmed: { action: 'confirm', label: 'Confirm', icon: 'check_circle', needsReason: false },
	partially_shipped: { action: 'ship', label: 'Ship', icon: 'local_shipping', needsReason: false },
	shipped: { action: 'ship', label: 'Ship', icon: 'local_shipping', needsReason: false },
	invoiced: { action: 'invoice', label: 'Invoice', icon: 'receipt_long', needsReason: false },
	cancelled: { action: 'cancel', label: 'Cancel', icon: 'block', needsReason: true },
};

/**
 * The buttons for an order in `status`, from the allowed next statuses. "paid" follows from payments
 * and "closed" has no endpoint yet, so they get no button. Ship is offered once even when both
 * partially_shipped and shipped are allowed: the shipment decides which one it is.
 */
export function availableActions(status: string | null, approvalStatus: string | null = null): ActionSpec[] {
	if (!status || !isOrderStatus(status)) return [];
	const actions: ActionSpec[] = [];
	// A draft whose manual discounts wait for a manager: approving comes before confirming (the server checks the approver's limit).
	if (status === 'draft' && approvalStatus === 'pending') actions.push(APPROVE);
	for (const next of nextOrderStatuses(status)) {
		const spec = ACTION_FOR_STATUS[next];
		if (spec && !actions.some((a) => a.action === spec.action)) actions.push(spec);
	}
	// The main step first, cancelling last.
	return actions.sort((a, b) => Number(a.action === 'cancel') - Number(b.action === 'cancel'));
}

export interface ActionRequest {
	url: string;
	body: Record<string, unknown>;
}

/** The server call of an action: POST url with body. */
export function actionRequest(action: OrderAction, orderId: string | number, extra: { reason?: string; overrideReason?: string } = {}): ActionRequest {
	const base = `/crm/orders/${encodeURIComponent(String(orderId))}`;
	switch (action) {
		case 'approve':
			return { url: `${base}/approve-discounts`, body: {} };
		case 'confirm':
			return { url: `${base}/confirm`, body: extra.overrideReason !== undefined ? { override_reason: extra.overrideReason } : {} };
		case 'cancel':
			return { url: `${base}/cancel`, body: { reason: extra.reason ?? '' } };
		case 'ship':
			return { url: `${base}/shipments`, body: {} };
		case 'invoice':
			return { url: `${base}/invoices`, body: {} };
	}
}

export interface ActionProblem {
	code: string | null;
	status: number | null;
	messages: string[];
	/** The reasons of a credit block (CRM_CREDIT_BLOCKED), empty otherwise. */
	reasons: string[];
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null;
}

function reasonText(reason: unknown): string | null {
	if (typeof reason === 'string') return reason;
	return isObject(reason) && typeof reason['message'] === 'string' ? reason['message'] : null;
}

/** An axios error with a Directus error body → what to show; credit-block reasons come from errors[0].extensions.reasons. */
export function parseActionError(error: unknown, fallback = 'The step could not be done.'): ActionProblem {
	const problem: ActionProblem = { code: null, status: null, messages: [], reasons: [] };
	const response = isObject(error) && isObject(error['response']) ? error['response'] : null;
	if (response && typeof response['status'] === 'number') problem.status = response['status'];
	const body = response ? response['data'] : null;
	const items = isObject(body) && Array.isArray(body['errors']) ? (body['errors'] as unknown[]) : [];
	items.forEach((item, index) => {
		if (!isObject(item)) return;
		const extensions = isObject(item['extensions']) ? item['extensions'] : {};
		if (problem.code === null && typeof extensions['code'] === 'string') problem.code = extensions['code'];
		if (typeof item['message'] === 'string' && item['message'] !== '' && !problem.messages.includes(item['message'])) problem.messages.push(item['message']);
		if (index === 0 && Array.isArray(extensions['reasons'])) {
			for (const reason of extensions['reasons'] as unknown[]) {
				const text = reasonText(reason);
				if (text) problem.reasons.push(text);
			}
		}
	});
	if (problem.messages.length === 0) {
		if (problem.status === 404) problem.messages.push('This step is not available on the server yet (404).');
		else if (isObject(error) && typeof error['message'] === 'string' && error['message'] !== '') problem.messages.push(error['message']);
		else problem.messages.push(fallback);
	}
	return problem;
}

/** True when a manager override can lift the problem (credit block, not a missing permission). */
export function canOverride(problem: ActionProblem | null): boolean {
	return problem?.code === 'CRM_CREDIT_BLOCKED';
}

export const NEW_ITEM_KEY = '+';

export function isSavedKey(key: unknown): key is string | number {
	return (typeof key === 'string' && key !== '' && key !== NEW_ITEM_KEY) || typeof key === 'number';
}
