/** Pure reading of a visit plan with its stops (GET /items/crm_visit_plans/:id) and the texts of its route. */
import { groupThousands, int, intOrNull, isObject, objectsOf, textOrNull } from '@crm/studio';

export interface StopView {
	id: string;
	sort: number;
	customer: string;
	city: string | null;
	plannedTime: string | null;
	done: boolean;
	distanceM: number | null;
}

export interface RouteView {
	totalM: number | null;
	explanation: string | null;
	stops: StopView[];
}

export const ROUTE_FIELDS = ['total_distance_m', 'route_explanation', 'stops.id', 'stops.sort', 'stops.planned_time', 'stops.done', 'stops.distance_m', 'stops.customer.name', 'stops.customer.city'];

export function fromPlanResponse(body: unknown): RouteView | null {
	const data = isObject(body) && isObject(body['data']) ? body['data'] : null;
	if (!data) return null;
	const stops = objectsOf(data['stops']).map((s) => {
		const c = isObject(s['customer']) ? s['customer'] : {};
		return { id: String(s['id']), sort: int(s['sort']), customer: textOrNull(c['name']) ?? '—', city: textOrNull(c['city']), plannedTime: textOrNull(s['planned_time'])?.slice(0, 5) ?? null, done: s['done'] === true, distanceM: intOrNull(s['distance_m']) };
	});
	return { totalM: intOrNull(data['total_distance_m']), explanation: textOrNull(data['route_explanation']), stops: stops.sort((a, b) => a.sort - b.sort) };
}

/** Metres as kilometres with one decimal and thousands separators: 1268524 → "1,268.5 km"; under a kilometre in metres. */
export function distanceText(metres: number): string {
	if (metres < 1000) return `${metres} m`;
	const tenths = Math.round(metres / 100);
	return `${groupThousands(String(Math.floor(tenths / 10)))}.${tenths % 10} km`;
}
