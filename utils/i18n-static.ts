/**
 * Fills each element of static HTML that names a message key in `data-msg` with it, as plain
 * text. Takes the lookup as an argument so the smallest scripts can pass the browser's own
 * `i18n.getMessage` without loading the polyfill; an unknown key shows itself, never a blank.
 */
export function translateMarked(root: ParentNode, getMessage: (key: string) => string): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-msg]')) {
    const key = element.dataset.msg ?? '';
    element.textContent = getMessage(key) || key;
  }
}
