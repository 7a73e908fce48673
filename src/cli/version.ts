// Written into the bundle by tsup (`define` in tsup.config.ts, from package.json): the CLI never
// looks for package.json on disk, where an install may not keep it beside dist/.
declare const __CLAIMGRAPH_VERSION__: string | undefined;

/** The package's version, as `claimgraph --version` prints it; 'development' when run from source. */
export const VERSION: string = typeof __CLAIMGRAPH_VERSION__ === 'string' ? __CLAIMGRAPH_VERSION__ : 'development';
