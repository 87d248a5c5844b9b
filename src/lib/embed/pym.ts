// NPR pym.js's message protocol, child side, so pages that already use pym.js embed our
// charts unchanged: "pymxPYMx<id>xPYMx<type>xPYMx<message>".
const SEP = 'xPYMx';

export function pymMessage(id: string, type: string, message: string | number): string {
	return ['pym', id, type, String(message)].join(SEP);
}

/** Parses a pym message; null for anything else. */
export function parsePymMessage(
	data: unknown
): { id: string; type: string; message: string } | null {
	if (typeof data !== 'string' || !data.startsWith(`pym${SEP}`)) return null;
	const parts = data.split(SEP);
	if (parts.length !== 4) return null;
	return { id: parts[1], type: parts[2], message: parts[3] };
}

/**
 * Reports the height of `content` to the parent page whenever it changes (a
 * ResizeObserver, no polling) and whenever the parent asks by sending its width. The height
 * measured is the content's own, never the iframe's, so the parent resizing the iframe
 * cannot feed back into it. Returns a function that stops it.
 */
export function startPymChild(id: string, content: HTMLElement, target: Window = window.parent) {
	let last = -1;
	const send = () => {
		const height = Math.ceil(content.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		target.postMessage(pymMessage(id, 'height', height), '*');
	};
	const onMessage = (e: MessageEvent) => {
		const msg = parsePymMessage(e.data);
		if (msg && msg.id === id && msg.type === 'width') {
			last = -1; // the parent asked: always answer
			send();
		}
	};
	const observer = new ResizeObserver(send);
	observer.observe(content);
	window.addEventListener('message', onMessage);
	send();
	return () => {
		observer.disconnect();
		window.removeEventListener('message', onMessage);
	};
}
