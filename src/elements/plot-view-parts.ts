import type { CSSResult } from 'lit';
import { ExportController } from '../runtime/export-controller.js';
import type { FzViewElement, ViewAccess } from '../runtime/fz-view-element.js';
import { PointsController } from '../runtime/points-controller.js';
import { ResizeController, type Room } from '../runtime/resize-controller.js';
import { plotOverlayStyles } from './plot-overlay.js';

/**
 * What a view drawn by Plot (the trend, the ranking) sets up on its element alike: the pointer
 * over its points; the room its chart has, which `onRoom` takes before the element updates for it
 * (at once when the page prints); its files; and its styles, adopted after the element's.
 */
export function plotViewParts(
  host: FzViewElement,
  access: ViewAccess,
  styles: readonly CSSResult[],
  onRoom: (room: Room) => void,
): { pointer: PointsController; exports: ExportController } {
  const pointer = new PointsController(host);
  new ResizeController(
    host,
    () => host.renderRoot.querySelector('.chart'),
    (room, now) => {
      onRoom(room);
      if (now) access.updateNow();
      else access.requestUpdate();
    },
    undefined,
    () => host.slide,
  );
  const exports = new ExportController(host, () => access.words());
  const root = host.shadowRoot;
  if (root)
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...[plotOverlayStyles, ...styles].flatMap((sheet) => sheet.styleSheet ?? [])];
  return { pointer, exports };
}
