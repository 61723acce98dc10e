import { defineSection } from '../section.js';
import { platformsData } from './data.js';
import { platformsMessages } from './messages.js';
import { platformsKeyFigure, platformsView } from './view.js';

/** The grassroots governance platforms as one diagram. */
export const platforms = defineSection({
  ...platformsData,
  tag: 'fz-platforms',
  messages: platformsMessages,
  view: platformsView,
  keyFigure: platformsKeyFigure,
});
