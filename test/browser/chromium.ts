/** Where the browser tests find Chromium: Debian's `chromium` package, or CHROMIUM_PATH. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
