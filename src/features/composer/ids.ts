/** The Send button's id: the page's "Skip to Send" link lands on it (app/SkipLinks). */
export const SEND_ID = 'composer-send';
