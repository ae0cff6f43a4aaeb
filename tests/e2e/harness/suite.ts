// The setup most suites share: a local server for their pages and a browser with the built
// extension, started before a describe block's tests and closed after them.
import { afterAll, beforeAll } from 'vitest';
import { launch, type BrowserName, type ExtensionBrowser } from './browsers';
import { startServer, type TestServer } from './server';

export interface SuiteBrowser {
  readonly ext: ExtensionBrowser;
  readonly server: TestServer;
}

/** Registers the hooks in the calling describe block; the fields are there once its tests run. */
export function extensionAndServer(name: BrowserName): SuiteBrowser {
  let ext: ExtensionBrowser | undefined;
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startServer();
    ext = await launch(name);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });
  const started = <T,>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the suite's ${what} is used before its beforeAll ran`);
    return value;
  };
  return {
    get ext() {
      return started(ext, 'browser');
    },
    get server() {
      return started(server, 'server');
    },
  };
}
