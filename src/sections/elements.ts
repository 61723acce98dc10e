/** Defines the element of every report section; a new section's element is one more line here. */
import './mediation/fz-mediation.js';
import './petitions/fz-petitions.js';
import './platforms/fz-platforms.js';
import './reviews/fz-reviews.js';
import './training/fz-training.js';
