import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/theme.css';
import { t } from '@/utils/i18n';
import './options.css';
import { App } from './App';

// Extension pages get no __MSG_ substitution in HTML: set the title and language here.
document.title = t('optionsTitle');
document.documentElement.lang = browser.i18n.getUILanguage();
render(<App />, document.getElementById('app') as HTMLElement);
