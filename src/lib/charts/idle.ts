// Work the reader should never feel: run when the main thread is idle, one task at a time,
// and never while a scroll gesture is in progress (unless it waited too long).

type Task = () => void;
/** A queued task; `soon` ones go ahead of the rest and wait less for a quiet scroll. */
interface Queued {
	task: Task;
	soon: boolean;
}
const queue: Queued[] = [];
let scheduled = false;
let lastScroll = -Infinity;
// When the task at the queue's head began to wait for a quiet scroll (0: it has not). Kept
// here, not per call: a task queued meanwhile must not restart the head's wait.
let since = 0;

/** How long a scroll must have been quiet before queued work runs. */
const QUIET_MS = 120;
/** The longest a task waits for a quiet moment before it runs anyway. */
const MAX_WAIT_MS = 1500;
/**
 * The longest a task wanted soon (a chart near the reader, hydrating) waits. Under a scroll
 * that never pauses (a desktop's wheel), queued behind other charts' views of later states and
 * waiting 1.5 s a task, every chart hydrated only after the reader's step had reached it, then
 * drew that step in one more task: at 4× CPU, 80–110 ms each.
 */
const SOON_WAIT_MS = 300;
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
		const patience = queue[0]?.soon ? SOON_WAIT_MS : MAX_WAIT_MS;
		if (now - lastScroll < QUIET_MS && now - (since ||= now) < patience) {
			setTimeout(pump, QUIET_MS);
			return;
		}
		since = 0;
		// A task that throws must not stall the ones queued after it.
		try {
			queue.shift()?.task();
		} finally {
			pump();
		}
	});
}

/**
 * Runs `task` in its own idle task, after those queued before it; `soon`, after those queued
 * soon only, waiting SOON_WAIT_MS at most for a quiet scroll.
 */
export function whenIdle(task: Task, { soon = false } = {}): void {
	if (queue.length === 0 && !scheduled) {
		// Not watched until now: a scroll may be under way. Its next event tells, within a frame.
		lastScroll = performance.now() - QUIET_MS + FIRST_EVENT_MS;
		listen(true);
	}
	const queued = { task, soon };
	const at = soon ? queue.findIndex((q) => !q.soon) : -1;
	if (at < 0) queue.push(queued);
	else {
		queue.splice(at, 0, queued);
		// It is the head now: its wait is its own.
		if (at === 0) since = 0;
	}
	pump();
}

/** Takes a queued task out of the queue (it is about to run at once instead). */
export function dequeue(task: Task): void {
	const i = queue.findIndex((q) => q.task === task);
	if (i < 0) return;
	queue.splice(i, 1);
	// The wait was the head's: the task that is now first has not begun to wait.
	if (i === 0) since = 0;
}
