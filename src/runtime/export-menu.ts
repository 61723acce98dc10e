import { css, html, nothing, type TemplateResult } from 'lit';
import type { MenuChoice } from '../export/formats.js';
import type { Messages } from '../i18n/messages.js';

/** Where an export stands, said beside the menu. */
export type ExportStatus = { state: 'idle' } | { state: 'working' } | { state: 'failed'; message: string };

/** Closes the menu on Escape and gives focus back to its button. */
function onKeydown(event: KeyboardEvent): void {
  const menu = event.currentTarget as HTMLDetailsElement;
  if (event.key !== 'Escape' || !menu.open) return;
  event.stopPropagation();
  menu.open = false;
  menu.querySelector('summary')?.focus();
}

/**
 * The 导出 / Export menu: a disclosure listing the formats, each a button that makes the file and
 * saves it. It sits under the chart's table; a picture, a slide and a printed page leave it out.
 */
export function exportMenu<Choice extends MenuChoice>(
  formats: readonly Choice[],
  t: Messages,
  status: ExportStatus,
  choose: (format: Choice) => void,
): TemplateResult {
  const onChoose = (event: Event, format: Choice) => {
    (event.currentTarget as HTMLElement).closest('details')?.removeAttribute('open');
    choose(format);
  };
  return html`<div class="export-menu" part="export"><details @keydown=${onKeydown}>
    <summary>${t.exports.menu}</summary>
    <ul class="export-formats">
      ${formats.map(
        (format) =>
          html`<li><button type="button" ?disabled=${status.state === 'working'} @click=${(event: Event) => onChoose(event, format)}>
            ${t.exports.formats[format]}
          </button></li>`,
      )}
    </ul></details>
    <span class="export-status" role="status"
      >${status.state === 'working' ? t.exports.working : status.state === 'failed' ? status.message : nothing}</span
    >
  </div>`;
}

export const exportMenuStyles = css`
  .export-menu {
    margin-top: 0.5em;
  }
  .export-menu details {
    position: relative;
  }
  .export-menu summary {
    cursor: pointer;
    width: fit-content;
    color: var(--_accent);
  }
  .export-menu summary:focus-visible,
  .export-formats button:focus-visible {
    outline: var(--_ring) solid var(--_focus);
    outline-offset: var(--_ring-offset);
  }
  .export-formats {
    position: absolute;
    inset-inline-start: 0;
    z-index: 2;
    margin: 0.25em 0 0;
    padding: 0.25em 0;
    list-style: none;
    /* As wide as its longest choice; in a narrow element the choices wrap rather than reach past it. */
    width: max-content;
    max-width: 100%;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 0.25em;
    box-shadow: 0 0.25em 0.75em rgb(0 0 0 / 0.15);
  }
  .export-formats button {
    display: block;
    box-sizing: border-box;
    width: 100%;
    font: inherit;
    color: var(--_text);
    background: none;
    border: none;
    padding: 0.375em 0.75em;
    text-align: start;
    cursor: pointer;
  }
  .export-formats button:hover {
    background: var(--_surface);
  }
  .export-status:empty {
    display: none;
  }
  .export-status {
    display: block;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .export-menu summary {
      color: LinkText;
    }
  }
  @media print {
    .export-menu {
      display: none;
    }
  }
`;
