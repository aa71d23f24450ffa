/** CHROMIUM_PATH, else Debian's /usr/bin/chromium, when it exists; else undefined. */
export function systemChromium(): string | undefined;
