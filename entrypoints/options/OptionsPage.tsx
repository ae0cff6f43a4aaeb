// Settings: whether Sourcelight is paused everywhere, and the sites it is turned off for, each of
// which can be turned back on. Changes made elsewhere (the popup, another window) show at once.
import { useEffect, useState } from 'preact/hooks';
import { askBackground } from '@/utils/messages';
import { watchSiteControl, type SiteControl } from '@/utils/site-control';

export function OptionsPage() {
  const [control, setControl] = useState<SiteControl | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    askBackground('sites:get', null).then(setControl, (err: Error) => setError(err.message));
    return watchSiteControl(setControl);
  }, []);
  const change = (request: Promise<SiteControl>) => request.then(setControl, (err: Error) => setError(err.message));

  return (
    <main>
      <h1>Sourcelight settings</h1>
      {error && <p class="error" role="alert">{error}</p>}
      {control === null ? (
        <p class="muted" role="status">Loading settings…</p>
      ) : (
        <>
          <section aria-labelledby="pause-heading">
            <h2 id="pause-heading">Everywhere</h2>
            <p role="status">{control.paused ? 'Sourcelight is paused on every site.' : 'Sourcelight runs on every site but those below.'}</p>
            <button type="button" onClick={() => change(askBackground('sites:setPaused', { paused: !control.paused }))}>
              {control.paused ? 'Resume Sourcelight' : 'Pause Sourcelight everywhere'}
            </button>
          </section>
          <section aria-labelledby="sites-heading">
            <h2 id="sites-heading">Sites turned off</h2>
            {control.offSites.length === 0 ? (
              <p class="muted">None. Turn Sourcelight off for a site from its popup on that site.</p>
            ) : (
              <ul class="off-sites">
                {control.offSites.map((site) => (
                  <li key={site} data-site={site}>
                    <span class="site">{site}</span>{' '}
                    <button type="button" aria-label={`Turn Sourcelight back on for ${site}`} onClick={() => change(askBackground('sites:setSite', { site, on: true }))}>
                      Turn back on
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </main>
  );
}
