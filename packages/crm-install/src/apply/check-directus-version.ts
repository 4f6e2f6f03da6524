import { judgeDirectusVersion } from '../plan/judge-directus-version.ts';
import type { ApiLike } from './api-like.ts';

/** Reads the project's Directus version and refuses one the module does not support. */
export async function checkDirectusVersion(api: ApiLike): Promise<string> {
	const info = await api.request<{ version?: string }>('GET', '/server/info');
	const refusal = judgeDirectusVersion(info.version);
	if (refusal) throw new Error(refusal);
	return info.version!;
}
