import { describe, expect, test } from 'vitest';
import { formatKm, haversineMetres, orderRoute, parseGeoPoint } from '../../../packages/crm-core/src/index.ts';
import { toMillionths } from '../../../schema/migrations/0011-coordinates-in-millionths.data.ts';
import { domainFailure } from '../domain-failure.ts';

const CITY = {
	paris: { lat: 48.856613, lon: 2.352222 },
	london: { lat: 51.507351, lon: -0.127758 },
	berlin: { lat: 52.520008, lon: 13.404954 },
	munich: { lat: 48.137154, lon: 11.576124 },
	hamburg: { lat: 53.551086, lon: 9.993682 },
	frankfurt: { lat: 50.110924, lon: 8.682127 },
	cologne: { lat: 50.937531, lon: 6.960279 },
	stuttgart: { lat: 48.775846, lon: 9.182932 },
	dusseldorf: { lat: 51.227741, lon: 6.773456 },
	leipzig: { lat: 51.339695, lon: 12.373075 },
	newYork: { lat: 40.712776, lon: -74.005974 },
	losAngeles: { lat: 34.052235, lon: -118.243683 },
};
type City = keyof typeof CITY;
const stops = (...names: (City | null)[]) => names.map((n, i) => ({ id: n ?? `unlocated-${i}`, point: n ? CITY[n] : null }));

describe('haversineMetres: straight-line distance in whole metres (mean earth radius 6,371,008.8 m)', () => {
	// Each checked against an independent haversine computation and the published great-circle distance.
	test.each([
		['Paris – London', 'paris', 'london', 343_550],
		['Berlin – Munich', 'berlin', 'munich', 504_302],
		['Berlin – Hamburg', 'berlin', 'hamburg', 255_248],
		['Frankfurt – Cologne', 'frankfurt', 'cologne', 152_520],
		['Munich – Frankfurt', 'munich', 'frankfurt', 304_122],
		['New York – Los Angeles', 'newYork', 'losAngeles', 3_935_751],
		['a place to itself', 'paris', 'paris', 0],
	] as [string, City, City, number][])('%s is %d m', (_, a, b, metres) => {
		expect(haversineMetres(CITY[a], CITY[b])).toBe(metres);
		expect(haversineMetres(CITY[b], CITY[a])).toBe(metres);
	});

	test('half the earth round is 20,015,114 m', () => {
		expect(haversineMetres({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBe(20_015_114);
	});
});

describe('orderRoute: nearest neighbour then 2-opt, never longer than the current order', () => {
	test('from a start point: Frankfurt → Cologne, Hamburg, Berlin, Munich (the shortest of all 24 orders)', () => {
		const r = orderRoute(CITY.frankfurt, stops('berlin', 'cologne', 'munich', 'hamburg'));
		expect(r.order).toEqual(['cologne', 'hamburg', 'berlin', 'munich']);
		expect(r.legs).toEqual([
			{ stop: 'cologne', metres: 152_520 },
			{ stop: 'hamburg', metres: 356_454 },
			{ stop: 'berlin', metres: 255_248 },
			{ stop: 'munich', metres: 504_302 },
		]);
		// Before: F→B 423,523 + B→C 477,258 + C→M 455,804 + M→H 612,128 (summed leg by leg).
		expect(r).toMatchObject({ beforeMetres: 1_968_713, afterMetres: 1_268_524, unlocated: 0 });
		expect(r.explanation).toBe('Ordered by distance: 1268.5 km instead of 1968.7 km.');
	});

	test('without a start point the first stop stays first and the rest is reordered (shortest of all 720)', () => {
		const r = orderRoute(null, stops('munich', 'berlin', 'stuttgart', 'hamburg', 'cologne', 'leipzig', 'dusseldorf'));
		expect(r.order).toEqual(['munich', 'stuttgart', 'cologne', 'dusseldorf', 'hamburg', 'berlin', 'leipzig']);
		expect(r.legs[0]).toEqual({ stop: 'munich', metres: 0 });
		expect(r).toMatchObject({ beforeMetres: 2_676_087, afterMetres: 1_256_037 });
	});

	test('stops without coordinates keep their relative order at the end, without a leg', () => {
		const r = orderRoute(null, stops(null, 'berlin', null, 'munich', 'leipzig'));
		expect(r.order).toEqual(['berlin', 'leipzig', 'munich', 'unlocated-0', 'unlocated-2']);
		expect(r.legs.slice(1)).toEqual([
			{ stop: 'leipzig', metres: 149_097 },
			{ stop: 'munich', metres: 360_677 },
			{ stop: 'unlocated-0', metres: null },
			{ stop: 'unlocated-2', metres: null },
		]);
		expect(r.explanation).toBe('Ordered by distance: 509.8 km instead of 865.0 km. 2 stops have no coordinates and stay at the end.');
	});

	test.each([
		['an order that is already shortest is kept', CITY.frankfurt, stops('cologne', 'hamburg', 'berlin', 'munich'), ['cologne', 'hamburg', 'berlin', 'munich'], 'Already in the shortest order found: 1268.5 km.'],
		['one stop', null, stops('paris'), ['paris'], 'Already in the shortest order found: 0.0 km.'],
		['no stop', CITY.paris, [], [], 'Already in the shortest order found: 0.0 km.'],
		['only stops without coordinates', CITY.paris, stops(null, null), ['unlocated-0', 'unlocated-1'], 'Already in the shortest order found: 0.0 km. 2 stops have no coordinates and stay at the end.'],
	] as const)('%s', (_, start, list, order, explanation) => {
		const r = orderRoute(start, list);
		expect(r.order).toEqual(order);
		expect(r.explanation).toBe(explanation);
		expect(r.afterMetres).toBe(r.beforeMetres);
	});
});

describe('parseGeoPoint: whole millionths of a degree in range, both or neither', () => {
	test.each([
		['integer texts as PostgreSQL may give them', '48856613', '2352222', { lat: 48.856613, lon: 2.352222 }],
		['numbers', -33868820, 151209290, { lat: -33.86882, lon: 151.20929 }],
		['the poles and the date line', '-90000000', 180000000, { lat: -90, lon: 180 }],
		['neither', null, '', null],
	] as const)('%s', (_, lat, lon, expected) => {
		expect(parseGeoPoint(lat, lon)).toEqual(expected);
	});

	test.each([
		['latitude beyond 90°', 90000001, 0, 'latitude_e6'],
		['longitude beyond 180°', 0, '-180500000', 'longitude_e6'],
		['a latitude alone', 48100000, null, 'longitude_e6'],
		['a longitude alone', undefined, 11500000, 'latitude_e6'],
		['degrees typed as a decimal', '48.137154', 11576124, 'latitude_e6'],
		['a fraction of a millionth', 48137154.5, 11576124, 'latitude_e6'],
		['not a number', 'north', 11, 'latitude_e6'],
	] as const)('refuses %s', (_, lat, lon, field) => {
		expect(domainFailure(() => parseGeoPoint(lat, lon))).toEqual(['CRM_COORDINATES_INVALID', field]);
	});

	test('names the start fields of a plan', () => {
		expect(domainFailure(() => parseGeoPoint(1, null, 'start_'))).toEqual(['CRM_COORDINATES_INVALID', 'start_longitude_e6']);
	});
});

describe('the migration to millionths of a degree', () => {
	test.each([
		['a decimal text', '48.137154', 48137154],
		['a float as SQLite keeps it', 11.576124, 11576124],
		['a negative value with fewer decimals', '-33.8688', -33868800],
		['a whole degree', 90, 90000000],
		['a seventh decimal rounds half away from zero', '-0.0000005', -1],
		['nothing', null, null],
	] as const)('copies %s exactly', (_, value, stored) => {
		expect(toMillionths(value)).toBe(stored);
	});
});

describe('formatKm', () => {
	test.each([[0, '0.0 km'], [49, '0.0 km'], [50, '0.1 km'], [42_349, '42.3 km'], [67_000, '67.0 km'], [1_268_524, '1268.5 km']])('%d m is %s', (m, text) => {
		expect(formatKm(m)).toBe(text);
	});
});
