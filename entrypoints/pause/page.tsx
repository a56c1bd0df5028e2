import { render } from 'preact';
import { backSteps } from '@/utils/pause-target';
import { App } from './App';

render(
  <App hash={location.hash} back={backSteps(location.search)} />,
  document.getElementById('app') as HTMLElement,
);

// The pause is for the URL in the fragment; if only the fragment changes, start afresh.
addEventListener('hashchange', () => location.reload());
