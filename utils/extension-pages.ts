/**
 * Extension page addresses that the background (which opens them) and the pages themselves both read.
 * Kept outside utils/background so the options page does not import background code.
 */

/** The options page opens on this anchor after install: it shows the short welcome and focuses My profile. */
export const WELCOME_HASH = '#welcome';
