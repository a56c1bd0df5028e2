/**
 * Source text injected into pages (both browsers) to find elements by CSS, role + name, text
 * or label. Kept as plain JavaScript text, not a transpiled function, so no bundler helper can
 * leak into it and the exact same code runs in Chromium and Firefox.
 */
export const LOCATOR_SOURCE = String.raw`(() => {
  const norm = (s) => (s || '').replace(/\s+/g, ' ').trim();
  const IMPLICIT = {
    button: 'button, input[type=button], input[type=submit], input[type=reset], input[type=image], summary',
    link: 'a[href], area[href]',
    textbox: 'textarea, input:not([type]), input[type=text], input[type=email], input[type=search], input[type=url], input[type=tel]',
    checkbox: 'input[type=checkbox]',
    radio: 'input[type=radio]',
    combobox: 'select:not([multiple]):not([size])',
    listbox: 'select[multiple], select[size]',
    option: 'option',
    heading: 'h1, h2, h3, h4, h5, h6',
    list: 'ul, ol',
    listitem: 'li',
    img: 'img[alt]:not([alt=""])',
    dialog: 'dialog',
    main: 'main',
    navigation: 'nav',
    banner: 'body > header',
    contentinfo: 'body > footer',
    region: 'section[aria-label], section[aria-labelledby]',
    form: 'form[aria-label], form[aria-labelledby]',
    group: 'fieldset, details',
    status: 'output',
    progressbar: 'progress',
    slider: 'input[type=range]',
    spinbutton: 'input[type=number]',
    separator: 'hr',
    table: 'table',
    article: 'article',
    paragraph: 'p',
  };
  const rendered = (el) => {
    if (!el.isConnected) return false;
    if (el.checkVisibility) return el.checkVisibility({ visibilityProperty: true });
    const style = getComputedStyle(el);
    return style.display !== 'none' && style.visibility !== 'hidden';
  };
  const visible = (el) => {
    if (!rendered(el)) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const hiddenFromA11y = (el) => {
    for (let e = el; e; e = e.parentElement) {
      if (e.getAttribute('aria-hidden') === 'true' || e.hidden) return true;
    }
    return !rendered(el);
  };
  const roleOf = (el) => {
    const explicit = norm(el.getAttribute('role')).split(' ')[0];
    if (explicit) return explicit;
    for (const [role, selector] of Object.entries(IMPLICIT)) if (el.matches(selector)) return role;
    return '';
  };
  const subtreeText = (node) => {
    if (node.nodeType === 3) return node.data;
    if (node.nodeType !== 1) return '';
    if (node.getAttribute('aria-hidden') === 'true' || node.matches('script, style, template')) return '';
    if (node.matches('img')) return node.getAttribute('alt') || '';
    let text = '';
    for (const child of node.childNodes) text += subtreeText(child);
    return text;
  };
  const nameOf = (el) => {
    const ids = el.getAttribute('aria-labelledby');
    if (ids) {
      return norm(ids.split(/\s+/).map((id) => { const ref = document.getElementById(id); return ref ? subtreeText(ref) : ''; }).join(' '));
    }
    const aria = norm(el.getAttribute('aria-label'));
    if (aria) return aria;
    if (el.matches('input, textarea, select')) {
      if (el.matches('input[type=button], input[type=submit], input[type=reset]')) return norm(el.value);
      const labels = el.labels ? Array.from(el.labels).map((l) => subtreeText(l)).join(' ') : '';
      return norm(labels) || norm(el.getAttribute('placeholder')) || norm(el.getAttribute('title'));
    }
    if (el.matches('img')) return norm(el.getAttribute('alt'));
    if (el.matches('fieldset')) { const legend = el.querySelector('legend'); if (legend) return norm(subtreeText(legend)); }
    return norm(subtreeText(el)) || norm(el.getAttribute('title'));
  };
  const matches = (value, m, exact) => {
    if (!m) return true;
    if (m.re !== undefined) return new RegExp(m.re, m.flags).test(value);
    return exact ? value === norm(m.s) : value.toLowerCase().includes(norm(m.s).toLowerCase());
  };
  const all = (t) => {
    let found;
    if (t.css) {
      found = Array.from(document.querySelectorAll(t.css));
    } else if (t.role) {
      found = Array.from(document.querySelectorAll('*')).filter(
        (el) => roleOf(el) === t.role && !hiddenFromA11y(el) && matches(nameOf(el), t.name, t.exact));
    } else if (t.label) {
      found = Array.from(document.querySelectorAll('input, textarea, select, [role=textbox], [role=combobox], [role=checkbox], [role=switch], [role=radio], [role=slider], [role=spinbutton]'))
        .filter((el) => !hiddenFromA11y(el) && matches(nameOf(el), t.label, t.exact));
    } else if (t.text) {
      const hit = (el) => !el.matches('script, style, head, title, template') && matches(norm(el.textContent), t.text, t.exact);
      found = Array.from(document.body ? document.body.querySelectorAll('*') : []).filter(
        (el) => hit(el) && !Array.from(el.children).some(hit));
    } else {
      found = [];
    }
    return t.nth === undefined ? found : found.slice(t.nth, t.nth + 1);
  };
  const enabled = (el) => !el.matches(':disabled') && el.getAttribute('aria-disabled') !== 'true';
  const describe = (el) => el ? { tag: el.tagName.toLowerCase(), role: roleOf(el), name: nameOf(el), id: el.id || '' } : null;
  const clickPoint = (t) => {
    const el = all(t)[0];
    if (!el) return { error: 'not found' };
    if (!visible(el)) return { error: 'not visible' };
    if (!enabled(el)) return { error: 'disabled' };
    el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    const top = document.elementFromPoint(x, y);
    if (!top || !(top === el || el.contains(top) || (el.labels && Array.from(el.labels).includes(top)))) {
      return { error: 'covered by ' + (top ? top.tagName.toLowerCase() + (top.id ? '#' + top.id : '') : 'nothing') };
    }
    return { x, y };
  };
  return { all, visible, enabled, nameOf, roleOf, describe, clickPoint, norm };
})()`;
