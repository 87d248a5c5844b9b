/** The vertical extent of a step on screen, as getBoundingClientRect gives it. */
export interface StepBox {
	top: number;
	bottom: number;
}

/**
 * Which step is active for a trigger line `line` px from the top of the viewport: the step
 * the line crosses; between or after steps, the last one whose top has passed the line;
 * -1 while the line is still above the first step.
 */
export function activeIndex(boxes: StepBox[], line: number): number {
	let last = -1;
	for (let i = 0; i < boxes.length; i++) {
		if (boxes[i].top <= line) last = i;
		else break;
	}
	return last;
}
