// Work the reader should never feel: run when the main thread is idle, one task at a time,
// and never while a scroll gesture is in progress (unless it waited too long).

type Task = () => void;
const queue: Task[] = [];
let scheduled = false;
let lastScroll = -Infinity;
// When the task at the queue's head began to wait for a quiet scroll (0: it has not). Kept
// here, not per call: a task queued meanwhile must not restart the head's wait.
let since = 0;

/** How long a scroll must have been quiet before queued work runs. */
const QUIET_MS = 120;
/** The longest a task waits for a quiet moment before it runs anyway. */
const MAX_WAIT_MS = 1500;
/** A scroll under way fires an event each frame: this long without one, none was under way. */
const FIRST_EVENT_MS = 50;

// The scroll is watched only while work waits: a listener on every scroll event of the page
// made each one cost the main thread (about 0.4 ms each at 4x CPU, near a second a read-through).
// Captured: a scroll inside any element counts. (A scroll event cannot be cancelled, so no
// listener of it needs `passive`.)
const onScroll = () => (lastScroll = performance.now());
function listen(on: boolean) {
	if (on) addEventListener('scroll', onScroll, true);
	else removeEventListener('scroll', onScroll, true);
}

interface Scheduler {
	postTask: (task: Task, options: { priority: 'background' | 'user-visible' }) => Promise<void>;
}

/** One turn of the event loop at the lowest priority the browser offers. A task's error is
 *  reported as the browser reports any (postTask's as an unhandled rejection). */
function later(task: Task) {
	const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
	if (scheduler?.postTask) scheduler.postTask(task, { priority: 'background' });
	else if ('requestIdleCallback' in globalThis) requestIdleCallback(task, { timeout: 500 });
	else setTimeout(task, 16);
}

function pump() {
	if (scheduled) return;
	if (queue.length === 0) return listen(false);
	scheduled = true;
	later(() => {
		scheduled = false;
		const now = performance.now();
		if (now - lastScroll < QUIET_MS && now - (since ||= now) < MAX_WAIT_MS) {
			setTimeout(pump, QUIET_MS);
			return;
		}
		since = 0;
		// A task that throws must not stall the ones queued after it.
		try {
			queue.shift()?.();
		} finally {
			pump();
		}
	});
}

/** Runs `task` in its own idle task, after those queued before it. */
export function whenIdle(task: Task): void {
	if (queue.length === 0 && !scheduled) {
		// Not watched until now: a scroll may be under way. Its next event tells, within a frame.
		lastScroll = performance.now() - QUIET_MS + FIRST_EVENT_MS;
		listen(true);
	}
	queue.push(task);
	pump();
}

/** Takes a queued task out of the queue (it is about to run at once instead). */
export function dequeue(task: Task): void {
	const i = queue.indexOf(task);
	if (i < 0) return;
	queue.splice(i, 1);
	// The wait was the head's: the task that is now first has not begun to wait.
	if (i === 0) since = 0;
}
