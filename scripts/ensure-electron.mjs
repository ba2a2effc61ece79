// Makes sure Electron's binary is present before `npm start`. package.json's allowScripts
// denies electron's install script (CI and build machines cannot download it), so on a
// user's machine the download happens here, once, through electron's own installer.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));

function binaryPresent() {
  try {
    return existsSync(require(join(electronDir, 'index.js')));
  } catch {
    return false; // "Electron failed to install correctly": no path.txt yet
  }
}

if (!binaryPresent()) {
  console.log('Downloading the Electron binary (once)…');
  const run = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    stdio: 'inherit',
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' },
  });
  if (run.status !== 0 || !binaryPresent()) {
    console.error('Could not download Electron. Check your network, then run npm start again.');
    process.exit(1);
  }
}
