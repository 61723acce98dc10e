/**
 * Defines the element of every report section: each section's folder brings its `fz-*.ts`, and
 * importing this module defines them all (Vite writes the imports in at build time).
 */
import.meta.glob('./*/fz-*.ts', { eager: true });
