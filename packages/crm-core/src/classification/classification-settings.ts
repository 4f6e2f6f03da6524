/** How a classification run cuts its classes (one settings row per project). */
export interface ClassificationSettings {
	/** Customers making the first this-much of the total are A (bp of the total). */
	abcAShareBp: number;
	/** Up to this much of the total they are B; the rest are C. */
	abcBShareBp: number;
	/** A coefficient of variation of monthly revenue up to this is X (bp). */
	xyzXCvBp: number;
	/** Up to this it is Y; above it Z. */
	xyzYCvBp: number;
	/** With fewer months of history than this a customer has no XYZ class yet: too new to judge. */
	xyzMinMonths: number;
	/** ABC, XYZ and RFM look at this many whole calendar months, ending with the current month. */
	windowMonths: number;
}

/** The classic cut-offs: 80 / 95 % of the total, 10 / 25 % variation, three months to judge, a year's window. */
export const DEFAULT_CLASSIFICATION_SETTINGS: ClassificationSettings = Object.freeze({
	abcAShareBp: 8000,
	abcBShareBp: 9500,
	xyzXCvBp: 1000,
	xyzYCvBp: 2500,
	xyzMinMonths: 3,
	windowMonths: 12,
});

/** The longest window: five years of monthly revenue per customer is already a lot to load. */
export const MAX_WINDOW_MONTHS = 60;
