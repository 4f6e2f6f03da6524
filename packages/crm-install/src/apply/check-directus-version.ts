import type { ApiLike } from './api-like.ts';

/** The Directus releases this module is built and tested for. */
export const SUPPORTED_DIRECTUS = { major: 11, minMinor: 17 } as const;

/** Refuses a Directus outside 11.17+ and below 12, with what was found. */
export async function checkDirectusVersion(api: ApiLike): Promise<string> {
	const info = await api.request<{ version?: string }>('GET', '/server/info');
	const version = info.version ?? '';
	const [major, minor] = version.split('.').map(Number);
	if (major !== SUPPORTED_DIRECTUS.major || !(Number(minor) >= SUPPORTED_DIRECTUS.minMinor)) {
		throw new Error(`This module supports Directus ${SUPPORTED_DIRECTUS.major}.${SUPPORTED_DIRECTUS.minMinor} and later 11.x releases; the project runs ${version || 'an unknown version (is the token an administrator\'s?)'}. Nothing was changed.`);
	}
	return version;
}
