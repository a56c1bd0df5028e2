import { defineContentScript } from '#imports';
import { SOCIAL_HOST_PATTERNS } from '@/utils/hosts';

export default defineContentScript({
  matches: [...SOCIAL_HOST_PATTERNS],
  runAt: 'document_start',
  main() {},
});
