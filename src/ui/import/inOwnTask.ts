// Work queued here runs one piece per task, in order, so that input and paint get in between: seven charts
// redrawn in the task that applied a million-row import held the main thread for over 200 ms.
const queue: (() => void)[] = [];
let scheduled = false;

function runNext(): void {
  scheduled = false;
  const work = queue.shift();
  if (queue.length > 0) schedule();
  work?.();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(runNext, 0);
}

/** Runs `work` in a task of its own, after the work queued before it; the function returned takes it back. */
export function inOwnTask(work: () => void): () => void {
  queue.push(work);
  schedule();
  return () => {
    const index = queue.indexOf(work);
    if (index >= 0) queue.splice(index, 1);
  };
}
