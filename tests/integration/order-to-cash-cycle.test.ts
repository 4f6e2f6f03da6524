import { describe, inject } from 'vitest';
import { orderToCashScenario } from '../support/order-to-cash-scenario.ts';

describe.each(inject('instances'))('order to cash on $name', (instance) => {
	orderToCashScenario(() => instance);
});
