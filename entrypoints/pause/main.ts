/**
 * The pause page's first script, kept tiny: the calm shell in index.html (with the styles the
 * build writes into it) is painted while this runs. It gives the shell its words and loads
 * the rest of the page, so the browser paints the shell instead of waiting for the whole page.
 * The styles are imported here, in the entry, so the build inlines every one of them.
 */
import '@/components/theme.css';
import '@/components/breathing-circle.css';
import '@/components/reflection-form.css';
import './pause.css';
import { nativeApi } from '@/utils/browser-env/native';
import { translateMarked } from '@/utils/i18n-static';

const { i18n } = nativeApi();
document.documentElement.lang = i18n.getUILanguage();
translateMarked(document, (key) => i18n.getMessage(key));
void import('./page');
