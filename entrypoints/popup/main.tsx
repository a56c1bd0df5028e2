import '@/components/theme.css';
import './popup.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { loadPopup } from '@/utils/popup-data';
import { applyTheme } from '@/utils/theme';
import { App } from './App';

// Reads start before the first render, so the streak can show in the first frames.
const load = loadPopup();
load.settings.then((settings) => applyTheme(settings.theme)).catch(() => undefined);
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('popupTitle');
render(<App load={load} />, document.getElementById('app') as HTMLElement);
