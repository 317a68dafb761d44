// Hosts the content script runs on. LinkedIn and XING are single-page apps, so the script is matched
// on the whole site and decides per URL whether the page is a profile (see utils/sites).
export const SITE_MATCHES = ['*://*.linkedin.com/*', '*://*.xing.com/*'];
