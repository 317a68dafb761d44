// In-page half of the Firefox driver's locators. These functions are never called in Node: their source is
// sent to the page with every query (WebDriver BiDi's script.callFunction runs it regardless of the page's
// CSP), so they must stay self-contained. The semantics follow the Playwright locators the tests were written
// against: chained steps search descendants, strings match case-insensitively on whitespace-normalised text,
// regular expressions on the raw text, and getByText picks the innermost matching elements.

/* eslint-disable no-undef */
function resolveAll(steps) {
  const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const matches = (text, m) => {
    if (m.re !== undefined) return new RegExp(m.re, m.flags).test(text ?? '');
    if (m.exact) return norm(text) === norm(m.s);
    return norm(text).toLowerCase().includes(norm(m.s).toLowerCase());
  };
  const ROLES = {
    button: 'button, [role="button"], input[type="button"], input[type="submit"]',
    heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
    checkbox: 'input[type="checkbox"], [role="checkbox"]',
    radio: 'input[type="radio"], [role="radio"]',
    link: 'a[href], [role="link"]',
    textbox: 'input:not([type]), input[type="text"], input[type="search"], textarea, [role="textbox"]',
  };
  const accessibleName = (el) => el.getAttribute('aria-label') ?? (el.value && el.tagName === 'INPUT' ? el.value : el.textContent);
  const under = (roots, css) => {
    const out = new Set();
    for (const r of roots) for (const c of r.querySelectorAll(css)) out.add(c);
    return [...out];
  };
  let els = [document];
  for (const st of steps) {
    if (st.css !== undefined) els = under(els, st.css);
    else if (st.testId !== undefined) els = under(els, `[data-testid="${st.testId}"]`);
    else if (st.role !== undefined) {
      els = under(els, ROLES[st.role] ?? `[role="${st.role}"]`);
      if (st.name) els = els.filter((el) => matches(accessibleName(el), st.name));
    } else if (st.text !== undefined) {
      const all = under(els, '*').filter((el) => !['SCRIPT', 'STYLE', 'HEAD', 'HTML', 'BODY'].includes(el.tagName));
      const hit = all.filter((el) => matches(el.textContent, st.text));
      els = hit.filter((el) => ![...el.children].some((c) => matches(c.textContent, st.text)));
    } else if (st.hasText !== undefined) els = els.filter((el) => matches(el.textContent, st.hasText));
    else if (st.nth !== undefined) els = [st.nth < 0 ? els.at(st.nth) : els[st.nth]].filter(Boolean);
  }
  return els.filter((el) => el !== document);
}

function isVisible(el) {
  if (!el || !el.isConnected) return false;
  const style = getComputedStyle(el);
  if (style.visibility === 'hidden') return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
}

/** One read or change on the first match (or on all, for counts and lists). */
function runOp(steps, op, arg) {
  const all = resolveAll(steps);
  const el = all[0];
  const need = () => {
    if (!el) throw new Error(`e2e: no element for ${JSON.stringify(steps)}`);
    return el;
  };
  const setNative = (target, value) => {
    const proto = target instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype
      : target instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value').set.call(target, value);
  };
  switch (op) {
    case 'state':
      return { count: all.length, attached: Boolean(el), visible: isVisible(el) };
    case 'count':
      return all.length;
    case 'innerText':
      return need().innerText;
    case 'textContent':
      return need().textContent;
    case 'allInnerTexts':
      return all.map((e) => e.innerText);
    case 'allTextContents':
      return all.map((e) => e.textContent);
    case 'inputValue':
      return need().value;
    case 'getAttribute':
      return need().getAttribute(arg);
    case 'isVisible':
      return isVisible(el);
    case 'isDisabled':
      return need().disabled === true;
    case 'isChecked':
      return need().checked === true;
    case 'boundingBox': {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    case 'focus':
      need().focus();
      return null;
    case 'blur':
      need().blur();
      return null;
    case 'fill': {
      const target = need();
      target.focus();
      setNative(target, arg);
      target.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: arg }));
      target.dispatchEvent(new Event('change', { bubbles: true }));
      return null;
    }
    case 'selectOption': {
      const target = need();
      const option = [...target.options].find((o) => o.value === arg || o.label === arg);
      if (!option) throw new Error(`e2e: no option ${arg}`);
      setNative(target, option.value);
      target.dispatchEvent(new Event('input', { bubbles: true }));
      target.dispatchEvent(new Event('change', { bubbles: true }));
      return [option.value];
    }
    case 'scrollIntoView':
      need().scrollIntoView({ block: 'center', inline: 'center' });
      return null;
    default:
      throw new Error(`e2e: unknown op ${op}`);
  }
}

export const RESOLVER_SOURCE = `${resolveAll}\n${isVisible}\n${runOp}\n`;
