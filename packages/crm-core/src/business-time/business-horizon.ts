/**
 * How far ahead (in days, ten years) the SLA clock looks for working time before it gives up. A valid
 * calendar has working hours every week, so only holidays on every working day (or a target of years)
 * can exhaust it; without the bound such a calendar would keep the clock walking for ever.
 */
export const BUSINESS_HORIZON_DAYS = 3653;
