import { parseGeoPoint } from '@crm/core';
import type { Knex } from 'knex';
import type { Row } from './visit-rows.ts';

/**
 * S6.2 — once a customer is stored, its latitude and longitude are both set or both empty (checked on the stored
 * row, so an update of one of them is judged with the other as it is).
 */
export async function assertStoredCoordinates(trx: Knex, customerId: string): Promise<void> {
	const row: Row | undefined = await trx('crm_customers').where('id', customerId).first('latitude_e6', 'longitude_e6');
	if (row) parseGeoPoint(row['latitude_e6'], row['longitude_e6']);
}
