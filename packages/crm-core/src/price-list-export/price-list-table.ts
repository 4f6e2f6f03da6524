import { formatDecimalAmount } from '../money/minor-units.ts';
import { formatQuantity } from '../pricing/format-quantity.ts';
import type { PriceListRow } from '../pricing/index.ts';

export interface PriceListTable {
	header: string[];
	rows: string[][];
}

/** The printable table of a price list: the same columns in the CSV and the PDF a rep sends out. */
export function buildPriceListTable(rows: readonly PriceListRow[]): PriceListTable {
	return {
		header: ['SKU', 'Product', 'Unit', 'From quantity', 'Unit price', 'Currency', 'Source'],
		rows: rows.map((r) => [r.sku, r.name, r.unit, formatQuantity(r.minQuantityMilli), formatDecimalAmount(r.unitPrice, r.currency), r.currency, r.source === 'own' ? 'list price' : 'derived']),
	};
}
