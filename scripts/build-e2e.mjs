// Builds the extension for e2e, eval and bench: same code, TVmaze pointed at the local fake server.
import { execFileSync } from 'node:child_process';
import { FAKE_TVMAZE_PORT } from './e2e-config.mjs';

execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], {
  stdio: 'inherit',
  env: { ...process.env, WXT_TVMAZE_API_BASE: `http://127.0.0.1:${FAKE_TVMAZE_PORT}` },
});
