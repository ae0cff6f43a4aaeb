// The first-run page, opened once when Sourcelight is installed: what it does, what it reads, and
// where the reader keeps control.
import { browser } from 'wxt/browser';

export function WelcomePage() {
  const open = (path: '/notes.html' | '/options.html') => void browser.tabs.create({ url: browser.runtime.getURL(path) });
  return (
    <main class="welcome">
      <h1>Welcome to Sourcelight</h1>
      <section aria-labelledby="does">
        <h2 id="does">What it does</h2>
        <p>
          On a news article, Sourcelight highlights every direct quotation and every named official, in place,
          without changing the page. Click a highlighted quote to see who said it and to write a note on it.
          The toolbar button shows who gets heard on the page: its speakers, their share of the quoted words,
          officials against everyone else, named against unnamed sources.
        </p>
      </section>
      <section aria-labelledby="reads">
        <h2 id="reads">What it reads</h2>
        <ul class="facts">
          <li>
            It can read every web page you open (http and https): it has to, to find the article and its quotes.
            It reads the page’s text in your browser and sends nothing anywhere: no server, no account, no tracking.
          </li>
          <li>
            Your notes, with their quote and speaker, stay on this device, in the browser’s storage for Sourcelight,
            with the address and title of the articles you open (so notes can name their page).
          </li>
          <li>Export writes a file you choose to keep; import reads one you choose.</li>
        </ul>
      </section>
      <section aria-labelledby="control">
        <h2 id="control">You decide where it runs</h2>
        <p>
          From the toolbar button, turn Sourcelight off for a site, or pause it everywhere. The settings page lists
          the sites turned off, to turn them back on.
        </p>
        <p class="actions">
          <button type="button" onClick={() => open('/options.html')}>Settings</button>{' '}
          <button type="button" onClick={() => open('/notes.html')}>Your notes</button>
        </p>
      </section>
    </main>
  );
}
