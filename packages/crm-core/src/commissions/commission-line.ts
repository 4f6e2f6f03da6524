/**
 * An event in the period that earns or reverses commission. Amounts are the whole document's, in minor
 * units; `splitBp` is this rep's share of it. A credit note carries negative amounts and claws back in the
 * period it is issued in, whenever its invoice was paid.
 */
export interface CommissionCredit {
	kind: 'invoice_paid' | 'credit_note';
	documentId: string;
	documentNumber: string;
	/** The day the invoice was paid or the credit note issued, 'YYYY-MM-DD', inside the statement's period. */
	day: string;
	revenueMinor: number;
	marginMinor: number;
	/** This rep's share in basis points, 10000 = all of it. */
	splitBp: number;
	/** The invoice a credit note reverses, named on its line. */
	reversesDocumentNumber?: string;
}

/** A stretch of a line's basis paid at one marginal rate. */
export interface CommissionLinePart {
	/** In minor units; negative on a clawback. A line's parts add up to its basisMinor. */
	basisMinor: number;
	rateBp: number;
	/** The bracket as shares of target: from null = the plan's own rate below the first tier; to null = no upper bound. */
	fromAttainmentBp: number | null;
	toAttainmentBp: number | null;
}

/** One credit as the rep's statement shows it. */
export interface CommissionLine {
	kind: CommissionCredit['kind'];
	documentId: string;
	documentNumber: string;
	day: string;
	reversesDocumentNumber: string | null;
	/** The document's revenue or margin (as the plan's basis says), before the split. */
	amountMinor: number;
	splitBp: number;
	/** This rep's share of amountMinor, rounded half up. */
	basisMinor: number;
	/** The marginal rates the line went through, in the order the running basis passed them. */
	parts: CommissionLinePart[];
	/** What the line earns before the cap. */
	uncappedMinor: number;
	/** What the line pays, after the cap. */
	commissionMinor: number;
	/** True when the cap changed what the line pays. */
	capped: boolean;
	/** The computation in words a rep can check. */
	explanation: string;
}
