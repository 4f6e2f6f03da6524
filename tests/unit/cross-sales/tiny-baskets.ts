/**
 * Ten orders, worked by hand. Products: beans, grinder, milk, filter, cups.
 *
 *   1 beans grinder        6 grinder cups
 *   2 beans grinder milk   7 milk cups
 *   3 beans grinder        8 beans grinder beans  (beans twice: one order)
 *   4 beans milk           9 filter
 *   5 beans filter        10 cups milk
 *
 * Orders holding: beans 6 (1 2 3 4 5 8), grinder 5 (1 2 3 6 8), milk 4 (2 4 7 10), cups 3 (6 7 10), filter 2 (5 9).
 * Pairs: beans+grinder 4 (1 2 3 8), beans+milk 2 (2 4), milk+cups 2 (7 10), and once each: grinder+milk (2),
 * beans+filter (5), grinder+cups (6).
 *
 * The pairs in at least 2 of 10 orders (support 20 %):
 *   beans → grinder: support 4/10 = 4000; confidence 4/6 = 6666.7 → 6667; lift 4·10/(6·5) = 1.3333 → 13333
 *   grinder → beans: support 4000;        confidence 4/5 = 8000;          lift 13333
 *   milk → cups:     support 2/10 = 2000; confidence 2/4 = 5000;          lift 2·10/(4·3) = 1.6667 → 16667
 *   cups → milk:     support 2000;        confidence 2/3 = 6666.7 → 6667; lift 16667
 *   beans → milk:    support 2000;        confidence 2/6 = 3333.3 → 3333; lift 2·10/(6·4) = 0.8333 → 8333
 *   milk → beans:    support 2000;        confidence 2/4 = 5000;          lift 8333
 * The pairs in one order: support 1000; e.g. grinder → milk: confidence 1/5 = 2000, lift 1·10/(5·4) = 0.5 → 5000.
 */
export const TINY_BASKETS: readonly (readonly string[])[] = [
	['beans', 'grinder'],
	['beans', 'grinder', 'milk'],
	['beans', 'grinder'],
	['beans', 'milk'],
	['beans', 'filter'],
	['grinder', 'cups'],
	['milk', 'cups'],
	['beans', 'grinder', 'beans'],
	['filter'],
	['cups', 'milk'],
];

export const rule = (antecedent: string, consequent: string, count: number, supportBp: number, confidenceBp: number, liftBp: number) => ({ antecedent, consequent, count, supportBp, confidenceBp, liftBp });

export const BEANS_GRINDER = rule('beans', 'grinder', 4, 4000, 6667, 13333);
export const GRINDER_BEANS = rule('grinder', 'beans', 4, 4000, 8000, 13333);
export const MILK_CUPS = rule('milk', 'cups', 2, 2000, 5000, 16667);
export const CUPS_MILK = rule('cups', 'milk', 2, 2000, 6667, 16667);
export const BEANS_MILK = rule('beans', 'milk', 2, 2000, 3333, 8333);
export const MILK_BEANS = rule('milk', 'beans', 2, 2000, 5000, 8333);
