import { defineContentScript } from 'wxt/utils/define-content-script';
import badgeCss from '@/components/badge/badge.css?inline';
import scoreCss from '@/components/score/score.css?inline';
import { CAREER_SITE } from '@/lib/content/sites/career-site';
import { startPostingBadge } from '@/lib/content/start';

/**
 * Registered at runtime, never in the manifest: the background registers it for each career site the user turns
 * on, once the browser has granted that site's permission (lib/background/career-sites.ts). The manifest's
 * install-time permissions therefore name no career site. Its stylesheet travels inside the script: a stylesheet
 * file would have to be readable by every website (web_accessible_resources), which would let any page detect the
 * extension.
 */
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  async main(ctx) {
    await startPostingBadge(ctx, CAREER_SITE, { css: `${scoreCss}\n${badgeCss}` });
  },
});
