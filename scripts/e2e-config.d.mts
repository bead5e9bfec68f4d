export declare const FAKE_TVMAZE_PORT: number;
export declare const E2E_EXTENSION_DIR: string;
export declare const EVAL_EXTENSION_DIR: string;
export declare const FIREFOX_E2E_EXTENSION_DIR: string;
