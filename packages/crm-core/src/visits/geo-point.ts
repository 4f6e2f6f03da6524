import { CrmError } from '../errors/crm-error.ts';

/** A place on the earth in degrees (WGS 84): a customer's or a plan's start, read from millionths of a degree. */
export interface GeoPoint {
	lat: number;
	lon: number;
}

/** The mean earth radius in metres (IUGG): the haversine distance on a sphere of this radius. */
export const EARTH_RADIUS_M = 6_371_008.8;

/** Coordinates are stored as whole millionths of a degree (about 11 cm), exact on every database. */
export const MICRODEGREES_PER_DEGREE = 1_000_000;

const INTEGER = /^-?\d{1,10}$/;
const rad = (deg: number) => (deg * Math.PI) / 180;

/**
 * The great-circle distance between two points in whole metres (haversine). Road distances are longer, but
 * ordering stops needs only to compare, and a rep can check a straight line on any map.
 */
export function haversineMetres(a: GeoPoint, b: GeoPoint): number {
	const dLat = rad(b.lat - a.lat);
	const dLon = rad(b.lon - a.lon);
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
	return Math.round(2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h))));
}

/** One coordinate as stored (millionths of a degree, a number or an integer text) within ±`limit` degrees, in degrees; or CRM_COORDINATES_INVALID naming `field`. */
function coordinate(value: unknown, limit: number, field: string): number {
	const text = typeof value === 'number' ? String(value) : value;
	const n = typeof text === 'string' && INTEGER.test(text.trim()) ? Number(text) : Number.NaN;
	const bound = limit * MICRODEGREES_PER_DEGREE;
	if (!Number.isSafeInteger(n) || Math.abs(n) > bound) {
		throw new CrmError('CRM_COORDINATES_INVALID', `"${field}" must be a whole number of millionths of a degree from -${bound} to ${bound} (±${limit}°), got ${JSON.stringify(value)}.`, { field });
	}
	return n / MICRODEGREES_PER_DEGREE;
}

const blank = (v: unknown) => v === null || v === undefined || v === '';

/**
 * A point from a latitude and a longitude in millionths of a degree, or null when both are empty. Both or neither: one alone places
 * the customer nowhere, so it is refused. `prefix` names the fields in the error (e.g. "start_").
 */
export function parseGeoPoint(latitude: unknown, longitude: unknown, prefix = ''): GeoPoint | null {
	if (blank(latitude) && blank(longitude)) return null;
	if (blank(latitude) || blank(longitude)) {
		const missing = blank(latitude) ? `${prefix}latitude_e6` : `${prefix}longitude_e6`;
		throw new CrmError('CRM_COORDINATES_INVALID', `Give both latitude and longitude, or neither: "${missing}" is missing.`, { field: missing });
	}
	return { lat: coordinate(latitude, 90, `${prefix}latitude_e6`), lon: coordinate(longitude, 180, `${prefix}longitude_e6`) };
}

/** Metres as kilometres with one decimal, rounded half up: 42_349 → "42.3 km". */
export function formatKm(metres: number): string {
	const tenths = Math.round(metres / 100);
	return `${Math.floor(tenths / 10)}.${tenths % 10} km`;
}
