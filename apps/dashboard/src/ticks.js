/**
 * Tick labels under a slider or axis, positioned in %, overlap when the track is narrow (a phone). This hides every
 * label that would touch the last one kept, left to right, and runs again when the track's width changes.
 */
const GAP_PX = 6;

export function hideOverlappingTicks(container) {
  const ticks = [...container.children];
  for (const tick of ticks) tick.style.visibility = '';
  // Every box read in one layout, then written: hiding a label moves nothing else.
  const boxes = ticks.map((tick) => tick.getBoundingClientRect());
  let lastRight = Number.NEGATIVE_INFINITY;
  ticks.forEach((tick, i) => {
    const box = boxes[i];
    if (box.width === 0) return;
    if (box.left < lastRight + GAP_PX) tick.style.visibility = 'hidden';
    else lastRight = box.right;
  });
}

const pending = new Set();
/** The same, before the next frame: once however often it is asked for meanwhile (each check reads the layout). */
export function hideOverlappingTicksSoon(container) {
  if (pending.has(container)) return;
  pending.add(container);
  requestAnimationFrame(() => {
    pending.delete(container);
    hideOverlappingTicks(container);
  });
}

/** Keeps `container`'s ticks apart whenever it is resized. */
export function keepTicksApart(container) {
  new ResizeObserver(() => hideOverlappingTicks(container)).observe(container);
}
