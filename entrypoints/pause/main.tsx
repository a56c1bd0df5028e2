import '@/components/theme.css';
import '@/components/breathing-circle.css';
import './pause.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { translateMarked } from '@/utils/i18n';
import { backSteps } from '@/utils/pause-target';
import { App } from './App';

// The calm shell in index.html is on screen already (the build writes the styles into the
// page and loads this script async, so nothing waits for it): give its words their language
// and render the rest of the page into #app.
document.documentElement.lang = browser.i18n.getUILanguage();
translateMarked(document);
render(
  <App hash={location.hash} back={backSteps(location.search)} />,
  document.getElementById('app') as HTMLElement,
);

// The pause is for the URL in the fragment; if only the fragment changes, start afresh.
addEventListener('hashchange', () => location.reload());
