import { CrmError } from '../errors/crm-error.ts';
import { allocatePayment, type PaymentAllocationPlan } from './allocate-payment.ts';
import type { LedgerEntry } from './ledger-entry.ts';
import type { PaymentRequest } from './parse-settlement-requests.ts';
import { postPayment } from './post-payment.ts';
import type { SettlementBook } from './settlement-book.ts';

export interface ReceivePaymentFacts {
	book: SettlementBook;
	/** The rate of the payment's currency on the day it arrived; null when none is recorded. */
	rateToBase: string | null;
	key: string;
	number: string;
	newKey: () => string;
}

export interface PaymentDraft {
	id: string;
	number: string;
	customerId: string;
	receivedOn: string;
	amount: number;
	currency: string;
	fxRate: string;
	method?: string;
	reference?: string;
}

export interface ReceivePaymentPlan {
	payment: PaymentDraft;
	/** The payment's own entry: credit to the customer at the day's rate. */
	ledger: LedgerEntry[];
	allocation: PaymentAllocationPlan;
}

/** S4 — a payment received: posted to the customer's ledger at the rate of its day, then allocated as asked (or oldest due first). */
export function receivePayment(facts: ReceivePaymentFacts, request: PaymentRequest): ReceivePaymentPlan {
	const { book, key, number } = facts;
	const rate = facts.rateToBase;
	if (!rate) throw new CrmError('CRM_MISSING_RATE', `There is no exchange rate for ${request.currency} on or before ${request.receivedOn}; add one under Exchange rates.`, { field: 'currency' });
	const payment: PaymentDraft = {
		id: key,
		number,
		customerId: request.customerId,
		receivedOn: request.receivedOn,
		amount: request.amount,
		currency: request.currency,
		fxRate: rate,
		...(request.method !== undefined ? { method: request.method } : {}),
		...(request.reference !== undefined ? { reference: request.reference } : {}),
	};
	const ledger = postPayment({ customerId: request.customerId, key, date: request.receivedOn, amount: request.amount, currency: request.currency, rateToBase: rate, baseCurrency: book.baseCurrency, number });
	const posted = { id: key, number, customerId: request.customerId, currency: request.currency, amount: request.amount, fxRate: rate, status: 'posted', receivedOn: request.receivedOn, alreadyAllocated: 0 };
	return { payment, ledger, allocation: allocatePayment(book, posted, request.allocations, request.receivedOn, facts.newKey) };
}
