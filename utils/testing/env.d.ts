interface ImportMetaEnv {
  /** True only in the Firefox test build (see wxt.config.ts); a constant, so other builds drop the hook. */
  readonly SIGNPOST_TEST_HOOKS: boolean;
}
