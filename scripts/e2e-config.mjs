// Shared by the e2e build and the tests: the fake TVmaze server listens here.
export const FAKE_TVMAZE_PORT = 38917;
export const E2E_EXTENSION_DIR = '.output/chrome-mv3-e2e';
export const EVAL_EXTENSION_DIR = '.output/chrome-mv3-eval';
