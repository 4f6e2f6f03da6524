import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue';

/** One clock for every countdown on the page: a list of 100 requests runs one timer, not 100. */
const now = ref(Date.now());
let users = 0;
let timer: ReturnType<typeof setInterval> | undefined;

/** The current time (ms), renewed every `intervalMs` while at least one component using it is mounted. */
export function useNow(intervalMs: number): Readonly<Ref<number>> {
	onMounted(() => {
		now.value = Date.now();
		users += 1;
		if (timer === undefined) timer = setInterval(() => (now.value = Date.now()), intervalMs);
	});
	onBeforeUnmount(() => {
		users -= 1;
		if (users <= 0 && timer !== undefined) {
			clearInterval(timer);
			timer = undefined;
			users = 0;
		}
	});
	return now;
}
