import type { RoutingRequest } from './routing-request.ts';

/** One request's facts as the engine checks every specialist against them. */
export interface RoutingContext {
	request: RoutingRequest;
	/** The request's weight in capacity units. */
	weight: number;
	nowMs: number;
	/** The specialist whose requests are being re-routed: absent whatever their calendar says. */
	leavingId: string | null;
}
