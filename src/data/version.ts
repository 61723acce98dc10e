/** This code's version, as package.json gives it (a test keeps them equal). */
export const VERSION = '0.1.0';
