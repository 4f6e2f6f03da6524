import type { CommissionPeriod } from './assert-commission-statement-input.ts';
import type { CommissionCredit } from './commission-line.ts';

/** An invoice or credit note of a rep's orders, with its amounts in the base currency (positive on both). */
export interface CommissionDocument {
	id: string;
	number: string;
	kind: 'invoice' | 'credit_note';
	/** The invoice a credit note reverses. */
	creditedInvoice: string | null;
	/** Its issue day, 'YYYY-MM-DD'. */
	day: string;
	/** The document's gross total in its own currency: what payments and credit notes settle. */
	grossTotal: number;
	revenueMinor: number;
	marginMinor: number;
	splitBp: number;
}

/** A posted payment's allocation to an invoice: [day, amount in the invoice's currency]. */
export type InvoiceAllocation = [day: string, amount: number];

/**
 * The day an invoice became fully paid: the first day its posted allocations, with the credit notes issued
 * against it by then, reach its gross total, provided something was paid by that day; null while it is not
 * (an invoice credited in full was never paid, so it earns nothing). Events of one day count together.
 */
export function paidDayOf(invoice: CommissionDocument, allocations: readonly InvoiceAllocation[], notes: readonly CommissionDocument[]): string | null {
	if (allocations.length === 0 || invoice.grossTotal <= 0) return null;
	const events: InvoiceAllocation[] = [...allocations, ...notes.map((n): InvoiceAllocation => [n.day, n.grossTotal])].sort((a, b) => a[0].localeCompare(b[0]));
	let settled = 0;
	for (const [i, [day, amount]] of events.entries()) {
		settled += amount;
		const lastOfDay = events[i + 1]?.[0] !== day;
		if (lastOfDay && settled >= invoice.grossTotal && allocations.some(([d]) => d <= day)) return day;
	}
	return null;
}

/** What a paid invoice earns: its amounts less those of the credit notes issued by the day it was paid. */
function paidCredit(invoice: CommissionDocument, day: string, notes: readonly CommissionDocument[]): CommissionCredit {
	const before = notes.filter((n) => n.day <= day);
	const less = (field: 'revenueMinor' | 'marginMinor') => invoice[field] - before.reduce((sum, n) => sum + n[field], 0);
	return { kind: 'invoice_paid', documentId: invoice.id, documentNumber: invoice.number, day, revenueMinor: Math.max(0, less('revenueMinor')), marginMinor: less('marginMinor'), splitBp: invoice.splitBp };
}

function clawback(note: CommissionDocument, invoice: CommissionDocument): CommissionCredit {
	return { kind: 'credit_note', documentId: note.id, documentNumber: note.number, day: note.day, revenueMinor: -note.revenueMinor, marginMinor: -note.marginMinor, splitBp: note.splitBp, reversesDocumentNumber: invoice.number };
}

const inPeriod = (day: string, p: CommissionPeriod) => day >= p.start && day <= p.end;

/**
 * S6.3 — what earns or takes back commission for a rep in a period: every invoice that became fully paid in
 * it (paidDayOf), less the credit notes issued against it by then, and every credit note issued in it against
 * an invoice paid before, as a clawback. A credit note issued before its invoice was paid lowers what the
 * invoice earns instead. Credits in day order, then by document number.
 */
export function creditsOfPaidInvoices(documents: readonly CommissionDocument[], allocations: ReadonlyMap<string, readonly InvoiceAllocation[]>, period: CommissionPeriod): CommissionCredit[] {
	// One pass over the credit notes: a rep's year holds thousands of documents.
	const notesByInvoice = new Map<string, CommissionDocument[]>();
	for (const note of documents) {
		if (note.kind === 'credit_note' && note.creditedInvoice) notesByInvoice.set(note.creditedInvoice, [...(notesByInvoice.get(note.creditedInvoice) ?? []), note]);
	}
	const credits: CommissionCredit[] = [];
	for (const invoice of documents.filter((d) => d.kind === 'invoice')) {
		const notes = notesByInvoice.get(invoice.id) ?? [];
		const day = paidDayOf(invoice, allocations.get(invoice.id) ?? [], notes);
		if (!day) continue;
		if (inPeriod(day, period)) credits.push(paidCredit(invoice, day, notes));
		for (const note of notes) if (note.day > day && inPeriod(note.day, period)) credits.push(clawback(note, invoice));
	}
	return credits.sort((a, b) => a.day.localeCompare(b.day) || a.documentNumber.localeCompare(b.documentNumber));
}
