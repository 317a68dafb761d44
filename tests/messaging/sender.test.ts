import { describe, expect, it } from 'vitest';
import { classifySender, isAllowedOrigin } from '../../utils/messaging/sender';

const ID = 'our-extension-id';

describe('classifySender', () => {
  it.each([
    ['popup page', { id: ID, url: `chrome-extension://${ID}/popup.html` }, 'page'],
    ['sidebar at its dynamic URL', { id: ID, url: 'chrome-extension://0b1c2d3e-dynamic/sidebar.html', tab: { id: 4 } }, 'page'],
    ['Firefox options page', { id: ID, url: 'moz-extension://5a6b-uuid/options.html' }, 'page'],
    ['content script on LinkedIn', { id: ID, url: 'https://www.linkedin.com/in/x/', tab: { id: 4 } }, 'content'],
    ['content script on a country subdomain', { id: ID, url: 'https://de.linkedin.com/in/x/', tab: { id: 4 } }, 'content'],
    ['content script on XING', { id: ID, url: 'https://www.xing.com/profile/X_Y', tab: { id: 4 } }, 'content'],
  ] as const)('%s → %s', (_label, sender, expected) => {
    expect(classifySender(sender as never, ID)).toBe(expected);
  });

  it.each([
    ['another extension', { id: 'someone-else', url: `chrome-extension://someone-else/popup.html` }],
    ['no sender id', { url: `chrome-extension://${ID}/popup.html` }],
    ['a look-alike host', { id: ID, url: 'https://linkedin.com.evil.example/in/x/', tab: { id: 1 } }],
    ['another site', { id: ID, url: 'https://example.org/', tab: { id: 1 } }],
    ['a site URL without a tab', { id: ID, url: 'https://www.linkedin.com/in/x/' }],
    ['a file URL', { id: ID, url: 'file:///tmp/x.html', tab: { id: 1 } }],
    ['no URL', { id: ID }],
    ['a malformed URL', { id: ID, url: 'not a url' }],
  ])('%s → rejected', (_label, sender) => {
    expect(classifySender(sender as never, ID)).toBeNull();
  });
});

describe('isAllowedOrigin', () => {
  it('lets each origin send only its own messages', () => {
    expect(isAllowedOrigin('content', 'content')).toBe(true);
    expect(isAllowedOrigin('content', 'page')).toBe(false);
    expect(isAllowedOrigin('page', 'content')).toBe(false);
    expect(isAllowedOrigin('page', 'page')).toBe(true);
    expect(isAllowedOrigin('background', 'page')).toBe(true);
    expect(isAllowedOrigin('background', 'content')).toBe(false);
    expect(isAllowedOrigin('page', null)).toBe(false);
  });
});
