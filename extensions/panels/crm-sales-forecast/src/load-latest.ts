/** Loading a panel's view again and again (the user picks another scope while the last answer is on its way): only the latest answer counts. */
import { loadPanelView, type PanelViewState } from '@crm/studio';

/** A ref that lets its value be written only while `current()` holds. */
function guarded<T>(ref: { value: T }, current: () => boolean): { value: T } {
	return {
		get value() {
			return ref.value;
		},
		set value(next: T) {
			if (current()) ref.value = next;
		},
	};
}

/**
 * Like loadPanelView, but a call started before the latest one writes nothing: a slow answer for the scope picked
 * first cannot replace the one picked last. Resolves to whether this call was still the latest when it ended.
 */
export function latestLoader<V>(state: PanelViewState<V>, failure: string): (fetch: () => Promise<V>) => Promise<boolean> {
	let latest = 0;
	return async (fetch) => {
		const mine = ++latest;
		const current = () => mine === latest;
		await loadPanelView({ view: guarded(state.view, current), loading: guarded(state.loading, current), error: guarded(state.error, current) }, fetch, failure);
		return current();
	};
}
