// The popup's control over where Sourcelight runs: off for this site, or paused everywhere.
import { siteOf } from '@/storage/url';
import { offReason, type SiteControl } from '@/utils/site-control';

export type SiteChange = { site: string; on: boolean } | { paused: boolean };

export function SiteSwitch({ url, control, onChange }: { url: string; control: SiteControl; onChange(change: SiteChange): void }) {
  const site = siteOf(url);
  const off = offReason(control, url);
  return (
    <section class="site-switch" aria-label="Where Sourcelight runs">
      <p role="status" class={off ? 'off' : 'muted'}>
        {off === 'paused' && 'Sourcelight is paused on every site.'}
        {off === 'site' && `Sourcelight is off for ${site}.`}
        {off === null && `Sourcelight runs on ${site}.`}
      </p>
      <div class="switches">
        {!control.paused && (
          <button type="button" onClick={() => onChange({ site, on: off === 'site' })}>
            {off === 'site' ? `Turn on for ${site}` : 'Turn off for this site'}
          </button>
        )}
        <button type="button" onClick={() => onChange({ paused: !control.paused })}>
          {control.paused ? 'Resume everywhere' : 'Pause everywhere'}
        </button>
      </div>
    </section>
  );
}
