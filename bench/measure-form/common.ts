// What both measure-form bench pages share: the frame boundary, the option count, polling, the host box.
import { phq9 } from '@interlude/content';

/** Resolves after the next frame is painted (a message posted from requestAnimationFrame runs after it). */
export const afterPaint = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }),
  );

/** Every option of the PHQ-9 (items and supplementary items): what "interactive" counts. */
export const OPTIONS = [...phq9.items, ...(phq9.supplementaryItems ?? [])].reduce(
  (sum, item) => sum + item.options.length,
  0,
);

/** Polls once per frame until `ready()` holds (a render that finishes asynchronously). */
export async function until(ready: () => boolean): Promise<void> {
  for (let frame = 0; !ready(); frame += 1) {
    if (frame > 600) throw new Error('the form never became interactive');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** An 800 px wide host at the end of the page. */
export function box(): HTMLElement {
  const element = document.createElement('div');
  element.style.cssText = 'width: 800px;';
  document.body.append(element);
  return element;
}
