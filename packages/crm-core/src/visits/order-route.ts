import { formatKm, type GeoPoint, haversineMetres } from './geo-point.ts';

/** A stop of a visit plan in its current order, with its customer's coordinates when known. */
export interface RouteStop {
	id: string;
	point: GeoPoint | null;
}

/** The distance of one leg between consecutive stops with coordinates (the first from the start). */
export interface RouteLeg {
	stop: string;
	metres: number;
}

export interface RouteOrder {
	/** The stop ids in their new order: located stops by distance, then the others as they were. */
	order: string[];
	/** Leg by leg along the new order; a stop without coordinates has no leg (null metres). */
	legs: { stop: string; metres: number | null }[];
	beforeMetres: number;
	afterMetres: number;
	unlocated: number;
	explanation: string;
}

/** Length of a path from `start` through `points` (the first point is the start when `start` is null). */
function pathMetres(start: GeoPoint | null, points: GeoPoint[]): number {
	let total = 0;
	let at = start ?? points[0] ?? null;
	for (const p of start ? points : points.slice(1)) {
		total += haversineMetres(at!, p);
		at = p;
	}
	return total;
}

/** Nearest neighbour from `from`: always the closest unvisited stop next (the earlier one on a tie). */
function nearestNeighbour(from: GeoPoint, stops: (RouteStop & { point: GeoPoint })[]): (RouteStop & { point: GeoPoint })[] {
	const left = [...stops];
	const route: (RouteStop & { point: GeoPoint })[] = [];
	let at = from;
	while (left.length > 0) {
		let best = 0;
		for (let i = 1; i < left.length; i++) if (haversineMetres(at, left[i]!.point) < haversineMetres(at, left[best]!.point)) best = i;
		const [next] = left.splice(best, 1);
		route.push(next!);
		at = next!.point;
	}
	return route;
}

/** The gain of reversing route[i..j] on an open path whose node before route[0] is `from`. */
function reversalGain(from: GeoPoint, r: GeoPoint[], i: number, j: number): number {
	const before = i === 0 ? from : r[i - 1]!;
	const d = haversineMetres;
	const after = r[j + 1];
	const old = d(before, r[i]!) + (after ? d(r[j]!, after) : 0);
	const next = d(before, r[j]!) + (after ? d(r[i]!, after) : 0);
	return old - next;
}

/** 2-opt on an open path with a fixed start: reverse any segment that shortens it, until none does. */
function twoOpt<T extends { point: GeoPoint }>(from: GeoPoint, route: T[]): T[] {
	const r = [...route];
	for (let improved = true; improved; ) {
		improved = false;
		for (let i = 0; i < r.length - 1; i++) {
			for (let j = i + 1; j < r.length; j++) {
				if (reversalGain(from, r.map((s) => s.point), i, j) <= 0) continue;
				r.splice(i, j - i + 1, ...r.slice(i, j + 1).reverse());
				improved = true;
			}
		}
	}
	return r;
}

const located = (s: RouteStop): s is RouteStop & { point: GeoPoint } => s.point !== null;

/** The legs along `order` from `start` (or from the first located stop). */
function legsOf(start: GeoPoint | null, order: RouteStop[]): RouteOrder['legs'] {
	let at = start;
	return order.map((s) => {
		if (!s.point) return { stop: s.id, metres: null };
		const metres = at ? haversineMetres(at, s.point) : 0;
		at = s.point;
		return { stop: s.id, metres };
	});
}

function explain(before: number, after: number, unlocated: number): string {
	const head = after < before ? `Ordered by distance: ${formatKm(after)} instead of ${formatKm(before)}.` : `Already in the shortest order found: ${formatKm(after)}.`;
	const tail = unlocated === 0 ? '' : ` ${unlocated === 1 ? '1 stop has' : `${unlocated} stops have`} no coordinates and stay${unlocated === 1 ? 's' : ''} at the end.`;
	return head + tail;
}

/**
 * S6.2 — a day's stops in a short order: nearest neighbour from the start (the plan's start point, else
 * the first stop with coordinates, which then stays first), improved by 2-opt, kept only when shorter than
 * the current order. Stops without coordinates keep their relative order at the end. Distances are
 * straight lines in whole metres, summed leg by leg, so a total can be checked by hand.
 */
export function orderRoute(start: GeoPoint | null, stops: readonly RouteStop[]): RouteOrder {
	const withPoint = stops.filter(located);
	const without = stops.filter((s) => !located(s));
	const before = pathMetres(start, withPoint.map((s) => s.point));
	const first = start ? null : withPoint[0];
	const from = start ?? first?.point ?? null;
	const rest = first ? withPoint.slice(1) : withPoint;
	const candidate = from ? [...(first ? [first] : []), ...twoOpt(from, nearestNeighbour(from, rest))] : [];
	const candidateMetres = pathMetres(start, candidate.map((s) => s.point));
	const better = candidateMetres < before;
	const order = [...(better ? candidate : withPoint), ...without];
	const after = better ? candidateMetres : before;
	return { order: order.map((s) => s.id), legs: legsOf(start, order), beforeMetres: before, afterMetres: after, unlocated: without.length, explanation: explain(before, after, without.length) };
}
