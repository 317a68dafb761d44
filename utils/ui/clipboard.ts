/**
 * Puts text on the clipboard from an extension page. The async Clipboard API is tried first (the
 * sidebar iframe is created with allow="clipboard-write"); where it is refused – a page that drops the
 * permission policy, an older browser, no focus – a hidden textarea and execCommand('copy') still work
 * inside the click that started it.
 */
export async function copyText(text: string, doc: Document = document): Promise<void> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard?.writeText && policyAllowsClipboard(doc)) {
    try {
      await clipboard.writeText(text);
      return;
    } catch {
      // fall through to the legacy path
    }
  }
  if (!copyWithTextarea(text, doc)) throw new Error('copy refused');
}

interface PermissionsPolicy {
  allowsFeature(feature: string): boolean;
}

/**
 * Chromium tells in advance whether the frame may use the async clipboard (an iframe needs
 * allow="clipboard-write" set before it navigates); asking anyway only logs a policy violation.
 */
function policyAllowsClipboard(doc: Document): boolean {
  const d = doc as Document & { permissionsPolicy?: PermissionsPolicy; featurePolicy?: PermissionsPolicy };
  const policy = d.permissionsPolicy ?? d.featurePolicy;
  try {
    return policy ? policy.allowsFeature('clipboard-write') : true;
  } catch {
    return true;
  }
}

function copyWithTextarea(text: string, doc: Document): boolean {
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  area.style.pointerEvents = 'none';
  const active = doc.activeElement as HTMLElement | null;
  doc.body.append(area);
  area.select();
  try {
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    active?.focus?.();
  }
}
