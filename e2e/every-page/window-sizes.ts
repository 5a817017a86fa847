/** The two windows every page must work in: a desktop, and the narrowest common phone. */
export const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
export const WINDOW_SIZES = [DESKTOP, PHONE];
