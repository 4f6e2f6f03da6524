/** The Directus releases this module is built and tested for; the bundle's `host` range says the same. */
export const SUPPORTED_DIRECTUS = { major: 11, minMinor: 17 } as const;

/** The `directus:extension` host range that matches SUPPORTED_DIRECTUS. */
export const SUPPORTED_HOST_RANGE = `^${SUPPORTED_DIRECTUS.major}.${SUPPORTED_DIRECTUS.minMinor}.0`;

/** Null when `version` (as /server/info reports it) is supported, else why not, in words for the administrator. */
export function judgeDirectusVersion(version: string | undefined): string | null {
	const match = /^(\d+)\.(\d+)\.(\d+)/.exec(version ?? '');
	const found = version ? `the project runs ${version}` : "the project did not tell its version (is the token an administrator's?)";
	const refusal = `This module supports Directus ${SUPPORTED_DIRECTUS.major}.${SUPPORTED_DIRECTUS.minMinor} and later ${SUPPORTED_DIRECTUS.major}.x releases; ${found}. Nothing was changed.`;
	if (!match) return refusal;
	const [major, minor] = [Number(match[1]), Number(match[2])];
	return major === SUPPORTED_DIRECTUS.major && minor >= SUPPORTED_DIRECTUS.minMinor ? null : refusal;
}
