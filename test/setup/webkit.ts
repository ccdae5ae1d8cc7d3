/**
 * Launching WebKit for tests: Debian's WebKitGTK MiniBrowser driven by its WebKitWebDriver
 * (`webkit2gtk-driver`), through webdriverio's W3C WebDriver client (classic, not BiDi, which
 * WebKitWebDriver does not speak). MiniBrowser needs a display: where there is none, an Xvfb
 * server is started on a free display number for the launch and stopped on close.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { remote } from 'webdriverio';
import { findExecutable } from './findExecutable.mjs';

export const WEBKIT_DRIVER_PATHS = ['/usr/bin/WebKitWebDriver', 'WebKitWebDriver'];
/** Where Debian's libwebkit2gtk puts MiniBrowser, by architecture. */
const MINIBROWSERS = ['x86_64-linux-gnu', 'aarch64-linux-gnu'].map((triplet) => `/usr/lib/${triplet}/webkit2gtk-4.1/MiniBrowser`);

export type WebKitBrowser = Awaited<ReturnType<typeof remote>>;
type RemoteOptions = Parameters<typeof remote>[0];

export interface WebKitSession {
  browser: WebKitBrowser;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

/** A display for MiniBrowser: the one in DISPLAY, or a new Xvfb server's. */
async function display(): Promise<{ name: string; server: ChildProcess | null }> {
  if (process.env.DISPLAY) return { name: process.env.DISPLAY, server: null };
  for (let number = 90; number < 130; number++) {
    if (existsSync(`/tmp/.X11-unix/X${number}`) || existsSync(`/tmp/.X${number}-lock`)) continue;
    const server = spawn('Xvfb', [`:${number}`, '-nolisten', 'tcp', '-screen', '0', '1366x850x24'], { stdio: 'ignore' });
    for (let wait = 0; wait < 50 && !existsSync(`/tmp/.X11-unix/X${number}`); wait++) await new Promise((done) => setTimeout(done, 100));
    if (existsSync(`/tmp/.X11-unix/X${number}`)) return { name: `:${number}`, server };
    server.kill();
  }
  throw new Error('could not start Xvfb for WebKit (Debian package "xvfb")');
}

async function driverAnswers(port: number): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/status`)).ok;
  } catch {
    return false;
  }
}

export async function launchWebKit(): Promise<WebKitSession> {
  const driverPath = findExecutable(WEBKIT_DRIVER_PATHS);
  const miniBrowser = MINIBROWSERS.find((path) => existsSync(path));
  if (!driverPath || !miniBrowser) {
    throw new Error('no WebKitWebDriver and MiniBrowser (Debian package "webkit2gtk-driver"); run `node test/setup/ensure-browsers.mjs`');
  }
  const screen = await display();
  const port = await freePort();
  const driver = spawn(driverPath, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: screen.name } });
  const stop = async () => {
    driver.kill();
    screen.server?.kill();
  };
  try {
    for (let wait = 0; wait < 100 && !(await driverAnswers(port)); wait++) await new Promise((done) => setTimeout(done, 100));
    // WebKitGTK's own capability (which browser binary, in automation mode) is not in webdriverio's types.
    const capabilities = {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
    } as RemoteOptions['capabilities'];
    const browser = await remote({ hostname: '127.0.0.1', port, logLevel: 'error', capabilities });
    return {
      browser,
      close: async () => {
        await browser.deleteSession().catch(() => {});
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
