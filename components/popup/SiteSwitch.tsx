import type { UiLang } from '../../utils/ui-strings';
import { popupStrings } from './strings';

export interface SiteSwitchProps {
  lang: UiLang;
  host: string;
  enabled: boolean;
  onSiteEnabled(enabled: boolean): void;
}

/** Whypost on or off for the active tab's site. */
export function SiteSwitch({ lang, host, enabled, onSiteEnabled }: SiteSwitchProps) {
  const t = popupStrings(lang);
  return (
    <section class="section" aria-labelledby="wp-site-title">
      <h2 id="wp-site-title">{t.siteHeading}</h2>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          data-whypost="site-switch"
          checked={enabled}
          aria-checked={enabled}
          onChange={(e) => onSiteEnabled(e.currentTarget.checked)}
        />
        <span>{t.siteSwitch(host)}</span>
      </label>
    </section>
  );
}
