/** WebDriver key values for Playwright-style key names, so `press('Shift+Tab')` reads the same in both engines. */
const KEYS: Record<string, string> = {
  Enter: '\uE007',
  Tab: '\uE004',
  Escape: '\uE00C',
  Backspace: '\uE003',
  Delete: '\uE017',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  Space: ' ',
  Shift: '\uE008',
  Control: '\uE009',
  ControlOrMeta: '\uE009',
  Alt: '\uE00A',
  Meta: '\uE03D',
};

type KeyAction = { type: 'keyDown' | 'keyUp'; value: string };

/** Key actions for one chord like `Shift+Tab`: modifiers down, key down/up, modifiers up. */
export function chordActions(chord: string): KeyAction[] {
  const parts = chord === '+' ? ['+'] : chord.split('+');
  const values = parts.map((part) => {
    const value = KEYS[part] ?? part;
    if ([...value].length !== 1) throw new Error(`Unknown key "${part}" in "${chord}"`);
    return value;
  });
  return [
    ...values.map((value): KeyAction => ({ type: 'keyDown', value })),
    ...values.reverse().map((value): KeyAction => ({ type: 'keyUp', value })),
  ];
}

/** Key actions that type text one character at a time. */
export function textActions(text: string): KeyAction[] {
  return [...text].flatMap((value): KeyAction[] => [
    { type: 'keyDown', value },
    { type: 'keyUp', value },
  ]);
}
