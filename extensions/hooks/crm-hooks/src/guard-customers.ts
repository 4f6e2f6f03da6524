import { checkCustomerOwnerOnCreate, checkCustomerOwnerOnUpdate } from './check-customer-owner.ts';
import type { CrmHooks } from './hook-kit.ts';

const CUSTOMERS = 'crm_customers';

/** Customers: who may own them, and who may hand them to someone else. */
export function guardCustomers(hooks: CrmHooks): void {
	hooks.onCreate(CUSTOMERS, (data, { knex, accountability }) => checkCustomerOwnerOnCreate(knex, accountability, data));
	hooks.onUpdate(CUSTOMERS, (data, keys, { knex, accountability }) => checkCustomerOwnerOnUpdate(knex, accountability, keys, data));
}
