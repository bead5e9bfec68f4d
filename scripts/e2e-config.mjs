// Shared by the e2e build and the tests: the fake TVmaze server listens here. Two checkouts testing
// at once on one machine can each set GREENLIT_FAKE_TVMAZE_PORT for the whole command (build and tests).
export const FAKE_TVMAZE_PORT = Number(process.env.GREENLIT_FAKE_TVMAZE_PORT) || 38917;
export const E2E_EXTENSION_DIR = '.output/chrome-mv3-e2e';
export const EVAL_EXTENSION_DIR = '.output/chrome-mv3-eval';
export const FIREFOX_E2E_EXTENSION_DIR = '.output/firefox-mv2-e2e';
