import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/theme.css';
import { t } from '@/utils/i18n';
import { backSteps } from '@/utils/pause-target';
import './pause.css';
import { App } from './App';

document.title = t('pauseTitle');
document.documentElement.lang = browser.i18n.getUILanguage();
render(
  <App hash={location.hash} back={backSteps(location.search)} />,
  document.getElementById('app') as HTMLElement,
);

// The pause is for the URL in the fragment; if only the fragment changes, start afresh.
addEventListener('hashchange', () => location.reload());
