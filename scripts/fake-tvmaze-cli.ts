// Runs the fake TVmaze server on its own, for trying the e2e build by hand (`wxt dev` or a loaded
// .output/chrome-mv3-e2e). Usage: npx tsx scripts/fake-tvmaze-cli.ts [--full] [--port N] [--rate-limit]
// --full serves the shared catalog when present; otherwise the test catalog. Ctrl-C stops it.
import { FAKE_TVMAZE_PORT } from '../tests/support/browser';
import { loadFixtureShows } from '../tests/support/catalog';
import { loadSharedCatalog, sharedFixturesDir } from './shared-fixtures';
import { startFakeTvmaze } from '../tests/support/fake-tvmaze';

const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? Number(args[portArg + 1]) : FAKE_TVMAZE_PORT;
const shared = args.includes('--full') ? sharedFixturesDir() : undefined;
if (args.includes('--full') && !shared) console.warn('shared fixtures not found; serving the test catalog');
const shows = shared ? loadSharedCatalog(shared) : loadFixtureShows();

startFakeTvmaze({
  shows,
  port,
  rateLimit: args.includes('--rate-limit') ? { max: 20, windowMs: 10_000 } : false,
}).then(
  (fake) => {
    console.log(`fake TVmaze: ${shows.length} shows at ${fake.url}`);
    let seen = 0;
    setInterval(() => {
      for (const r of fake.requests.slice(seen)) console.log(r.status, r.path + r.search);
      seen = fake.requests.length;
    }, 250);
    process.on('SIGINT', () => void fake.close().then(() => process.exit(0)));
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
