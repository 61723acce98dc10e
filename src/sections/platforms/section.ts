import { defineSection } from '../section.js';
import { platformsMessages } from './messages.js';
import { platformsSchema } from './schema.js';
import { platformsKeyFigure, platformsView } from './view.js';

/** The grassroots governance platforms as one diagram. */
export const platforms = defineSection({
  key: 'platforms',
  tag: 'fz-platforms',
  schema: platformsSchema,
  words: ['hub'],
  derive: (list) => ({ figures: list }),
  messages: platformsMessages,
  view: platformsView,
  keyFigure: platformsKeyFigure,
});
