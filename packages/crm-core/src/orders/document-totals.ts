import { CrmError } from '../errors/crm-error.ts';
import { allocateProportionally } from '../money/allocate-proportionally.ts';
import { applyBasisPoints, multiplyByQuantity } from '../money/apply-rate.ts';
import { currencyExponent } from '../money/currency.ts';
import { assertBasisPoints, assertNonNegativeAmount, assertQuantityMilli } from './line-values.ts';

/** One line of a quote, order, invoice or credit note, as the totals need it. */
export interface DocumentLine {
	/** Quantity in milli-units (2.5 → 2500). */
	quantityMilli: number;
	/** Price of one unit in minor units, net of VAT. */
	unitPrice: number;
	/** VAT rate in basis points (19 % → 1900). */
	vatRateBp: number;
	/** Line discount in basis points (0..10000); none when omitted. */
	discountBp?: number;
	/**
	 * The line's discount in minor units, as the discount engine computed it (rules, manual, order
	 * shares); when given it is used instead of `discountBp`. At most quantity × unit price.
	 */
	discountAmount?: number;
}

/** A line's amounts in minor units of the document's currency. */
export interface DocumentLineTotals {
	/** quantity × unit price, before the line discount (still net of VAT). */
	grossBeforeDiscount: number;
	discountAmount: number;
	/** What the line contributes to the VAT base: grossBeforeDiscount − discountAmount. */
	netAmount: number;
	/** This line's share of its VAT rate's VAT (see computeDocumentTotals). */
	vatAmount: number;
	grossAmount: number;
}

/** The VAT of one rate, as printed in an invoice's VAT summary. */
export interface VatBreakdownEntry {
	vatRateBp: number;
	netAmount: number;
	vatAmount: number;
}

export interface DocumentTotals {
	currency: string;
	/** In the order of the input lines. */
	lines: DocumentLineTotals[];
	netTotal: number;
	vatTotal: number;
	grossTotal: number;
	/** One entry per VAT rate used, lowest rate first. */
	vatBreakdown: VatBreakdownEntry[];
}

/**
 * Totals of a document, exact to the minor unit.
 *
 * Rules:
 * 1. Line net = round_half_up(quantity × unit price) − round_half_up(that × discountBp / 10 000):
 *    each step rounds once, so a line shows the same cents on screen, PDF and in the ledger.
 * 2. VAT is computed per VAT rate on the sum of that rate's line nets and rounded half-up once per
 *    rate. This is how EU invoices state VAT (rate, taxable amount, VAT per rate); rounding per line
 *    and adding up drifts: 3 lines of 0.05 at 10 % are 0.01 × 3 = 0.03 per line, but 0.015 → 0.02
 *    on the document, and the document is what the customer owes.
 * 3. The rate's VAT is spread back over its lines with `allocateProportionally` (weights = line nets,
 *    largest remainder, ties to the earlier line), so that line VATs add up to the rate's VAT exactly.
 * 4. Line gross = net + VAT; the document totals are the sums of the lines, and
 *    netTotal + vatTotal = grossTotal.
 *
 * Negative quantities or prices are refused (credit notes are their own document with positive lines);
 * quantities → CRM_INVALID_QUANTITY, prices → CRM_INVALID_AMOUNT, VAT or discount outside 0..10000 →
 * CRM_OUT_OF_RANGE, an unknown currency → CRM_INVALID_CURRENCY; details.field names the line's field.
 */
export function computeDocumentTotals(lines: readonly DocumentLine[], currency: string): DocumentTotals {
	currencyExponent(currency);

	const nets = lines.map((line, i) => {
		assertQuantityMilli(line.quantityMilli, `lines[${i}].quantityMilli`);
		assertNonNegativeAmount(line.unitPrice, `lines[${i}].unitPrice`);
		assertBasisPoints(line.vatRateBp, `lines[${i}].vatRateBp`);
		if (line.discountBp !== undefined) assertBasisPoints(line.discountBp, `lines[${i}].discountBp`);

		const grossBeforeDiscount = multiplyByQuantity(line.unitPrice, line.quantityMilli);
		if (line.discountAmount !== undefined) {
			assertNonNegativeAmount(line.discountAmount, `lines[${i}].discountAmount`);
			if (line.discountAmount > grossBeforeDiscount) throw new CrmError('CRM_INVALID_AMOUNT', `lines[${i}].discountAmount exceeds the line's amount before discount.`, { field: `lines[${i}].discountAmount` });
		}
		const discountAmount = line.discountAmount ?? applyBasisPoints(grossBeforeDiscount, line.discountBp ?? 0);
		return { grossBeforeDiscount, discountAmount, netAmount: grossBeforeDiscount - discountAmount };
	});

	const lineIndexesByRate = new Map<number, number[]>();
	lines.forEach((line, i) => lineIndexesByRate.set(line.vatRateBp, [...(lineIndexesByRate.get(line.vatRateBp) ?? []), i]));

	const vats = new Array<number>(lines.length).fill(0);
	const vatBreakdown: VatBreakdownEntry[] = [...lineIndexesByRate.keys()]
		.sort((a, b) => a - b)
		.map((vatRateBp) => {
			const indexes = lineIndexesByRate.get(vatRateBp) ?? [];
			const weights = indexes.map((i) => nets[i]!.netAmount);
			const netAmount = weights.reduce((a, b) => a + b, 0);
			const vatAmount = applyBasisPoints(netAmount, vatRateBp);
			allocateProportionally(vatAmount, weights).forEach((share, k) => (vats[indexes[k]!] = share));
			return { vatRateBp, netAmount, vatAmount };
		});

	const lineTotals = nets.map((net, i) => ({ ...net, vatAmount: vats[i]!, grossAmount: net.netAmount + vats[i]! }));
	const netTotal = lineTotals.reduce((a, l) => a + l.netAmount, 0);
	const vatTotal = lineTotals.reduce((a, l) => a + l.vatAmount, 0);
	const grossTotal = netTotal + vatTotal;
	if (!Number.isSafeInteger(grossTotal)) {
		throw new CrmError('CRM_INVALID_AMOUNT', 'The document total is too large to be computed exactly.', { field: 'lines' });
	}

	return { currency, lines: lineTotals, netTotal, vatTotal, grossTotal, vatBreakdown };
}
