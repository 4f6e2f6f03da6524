import type { OrderStatus } from '../orders/order-status.ts';
import type { LineKind, StockLevel } from '../orders/stock-level.ts';

/** An order as fulfilment sees it (locked for the whole use case). */
export interface FulfilmentOrder {
	id: string;
	number: string;
	status: OrderStatus;
	customerId: string;
	/** Where confirming reserved its goods; null until a warehouse is picked. */
	warehouseId: string | null;
	currency: string;
}

/** An order line as fulfilment sees it: quantities in milli-units, money in minor units. */
export interface FulfilmentOrderLine {
	id: string;
	productId: string;
	description: string | null;
	quantityMilli: number;
	shippedMilli: number;
	reservedMilli: number;
	invoicedMilli: number;
	unitPrice: number;
	vatRateBp: number;
	discountBp: number;
	/** The whole line's discount as priced (rules, offers, order shares, manual); null on lines priced before it was stored. */
	discountAmount: number | null;
}

/** A stock row with its key, so that a plan can name the row to change. */
export interface KeyedStockLevel extends StockLevel {
	id: string;
}

/** Products' kinds: goods move stock and go on waybills, services on acts. */
export type ProductKinds = ReadonlyMap<string, LineKind>;

/** The amounts every invoice and credit note carries: totals in minor units of `currency`, the gross also in the base currency at `fxRate`. */
export interface DocumentAmounts {
	currency: string;
	/** Base units for one unit of `currency` on the document's date, exact decimal text. */
	fxRate: string;
	netTotal: number;
	vatTotal: number;
	grossTotal: number;
	grossTotalBase: number;
}
