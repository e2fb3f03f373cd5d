/**
 * Keystroke → painted results, in the real side panel: each keystroke is an `input` event at a random moment within
 * a frame (as typing is), and its time runs to the start of the first frame whose DOM shows that query's results
 * (the result count's `data-answered`), which that frame then paints. One frame is ~16.7 ms: results ready before
 * the next frame are within it. Each keystroke also counts the frames the browser began until its results showed: 1
 * when they are in the first frame after the input, the "painted within a frame", which the time alone cannot
 * tell (a keystroke typed just after a frame starts waits nearly 16.7 ms for the next one even when nothing is done).
 * A long task delays that frame rather than adding one, so the time is still the figure of record.
 */
import type { Page } from 'playwright-core';
import { generateQueries } from './generate-queries';

/** Every prefix of every query, as typed; a spread sample of `count` of them. */
export function paintKeystrokes(count: number): string[] {
  const typed = generateQueries(200, 11).flatMap((query) =>
    Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)),
  );
  const step = Math.max(1, Math.floor(typed.length / count));
  return typed.filter((text, i) => i % step === 0 && text !== typed[i - step]).slice(0, count);
}

/**
 * The in-page measurement, as source text: tsx would wrap named functions in a helper the page does not have.
 * Each keystroke waits for a frame, then a random part of one, sets the box and fires `input`, then checks each
 * following frame's start until the result count says it answers this keystroke. A MutationObserver notes when the
 * count first says so: the panel's own work for the keystroke (search and rendering, in the DOM but not yet painted).
 */
const MEASURE = `async (keystrokes, inputId, countSelector) => {
  const input = document.getElementById(inputId);
  const times = [];
  const frames = [];
  const work = [];
  let answeredAt = 0;
  let awaited = '';
  const watch = new MutationObserver(() => {
    if (answeredAt === 0 && document.querySelector(countSelector)?.getAttribute('data-answered') === awaited)
      answeredAt = performance.now();
  });
  watch.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-answered'] });
  for (const text of keystrokes) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 16));
    answeredAt = 0;
    awaited = text;
    const typedAt = performance.now();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    for (let frame = 1; ; frame++) {
      const frameAt = await new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
      const count = document.querySelector(countSelector);
      if (count && count.getAttribute('data-answered') === text) {
        times.push(frameAt - typedAt);
        frames.push(frame);
        work.push((answeredAt || frameAt) - typedAt);
        break;
      }
      if (frameAt - typedAt > 10000) throw new Error('No results for "' + text + '" after 10 s');
    }
  }
  watch.disconnect();
  return { times, frames, work };
}`;

/** Each keystroke's milliseconds to the frame that shows its results, and which frame after the input that was. */
export interface PaintTimes {
  times: number[];
  frames: number[];
  /** Milliseconds from the input to its results in the DOM (before the frame that paints them). */
  work: number[];
}

/** Types each keystroke into the panel's search box and times it to the frame that shows its results. */
export function measurePaint(panel: Page, typed: string[]): Promise<PaintTimes> {
  const args = [JSON.stringify(typed), "'search'", JSON.stringify('[data-testid="result-count"]')].join(', ');
  return panel.evaluate(`(${MEASURE})(${args})`) as Promise<PaintTimes>;
}

/** The percentage of keystrokes whose results were in the first frame the browser began after the input. */
export function nextFramePercent(frames: number[]): number {
  return frames.length === 0 ? Number.NaN : (100 * frames.filter((frame) => frame === 1).length) / frames.length;
}

/**
 * The same stopwatch's floor, in the same panel and the same moment: a bare box added to the panel whose `input`
 * handler marks its answer at once, with no search and nothing drawn. Its times are the wait for the next frame
 * alone (a keystroke just after a frame starts waits nearly a whole one) plus the browser starting that frame's
 * callbacks: what no search and no rendering could beat. The box is removed afterwards.
 */
export async function measurePaintFloor(panel: Page, typed: string[]): Promise<PaintTimes> {
  await panel.evaluate(() => {
    const box = document.createElement('input');
    box.id = 'paint-floor';
    box.setAttribute('aria-hidden', 'true');
    const answer = document.createElement('output');
    answer.id = 'paint-floor-answer';
    box.addEventListener('input', () => answer.setAttribute('data-answered', box.value));
    document.body.append(box, answer);
  });
  try {
    const args = [JSON.stringify(typed), "'paint-floor'", "'#paint-floor-answer'"].join(', ');
    return (await panel.evaluate(`(${MEASURE})(${args})`)) as PaintTimes;
  } finally {
    await panel.evaluate(() => {
      for (const id of ['paint-floor', 'paint-floor-answer']) document.getElementById(id)?.remove();
    });
  }
}
