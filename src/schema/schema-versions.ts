import { SCHEMA_VERSION } from './version.js';

/**
 * The schema-version policy (docs/schema-versions.md) as validateGraph applies it, before the
 * shape check. A graph of an older minor of the current major is upgraded: each minor only adds
 * fields, and what it adds has a value that means "not extracted" ([] or null), which is what an
 * older graph holds. A graph of another major, or of a newer minor, is refused with an error that
 * says why, instead of a list of schema violations.
 */

type Graph = Record<string, unknown>;

/** From one minor to the next: fills in what that minor added. Keyed by `major.minor`. */
const UPGRADES: Record<string, { to: string; upgrade: (graph: Graph) => Graph }> = {
  // 1.1.0 added time expressions and each claim's time and place.
  '1.0': {
    to: '1.1',
    upgrade: (graph) => ({
      ...graph,
      times: graph.times ?? [],
      claims: Array.isArray(graph.claims) ? graph.claims.map((c: unknown) => (isObject(c) ? { timeId: null, placeId: null, ...c } : c)) : graph.claims,
    }),
  },
};

const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/;

function isObject(value: unknown): value is Graph {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One refused version, worded like a schema violation. */
export interface VersionError {
  path: string;
  message: string;
  keyword: string;
}

/**
 * The graph to validate against the current schema: `value` itself when it is of the current
 * version (or no graph at all: the schema check reports that), else an upgraded copy; or the
 * reason the version is refused. Never mutates `value`.
 */
export function upgradeToCurrentVersion(value: unknown): { graph: unknown } | { error: VersionError } {
  if (!isObject(value) || typeof value.schemaVersion !== 'string' || value.schemaVersion === SCHEMA_VERSION) return { graph: value };
  const found = SEMVER.exec(value.schemaVersion);
  if (!found) return { graph: value };
  const [currentMajor, currentMinor] = SEMVER.exec(SCHEMA_VERSION)!.slice(1).map(Number) as [number, number];
  const [major, minor] = [Number(found[1]), Number(found[2])];
  const refuse = (message: string) => ({ error: { path: '/schemaVersion', keyword: 'schemaVersion', message } });
  if (major !== currentMajor) {
    return refuse(
      `schemaVersion ${value.schemaVersion} is of major ${major}; this claimgraph reads ${currentMajor}.x graphs up to ${SCHEMA_VERSION} ` +
        `(a major change removes or changes fields: read it with the claimgraph that wrote it)`,
    );
  }
  if (minor > currentMinor) {
    return refuse(`schemaVersion ${value.schemaVersion} is newer than ${SCHEMA_VERSION}, the latest this claimgraph reads: upgrade claimgraph`);
  }
  let graph: Graph = value;
  for (let step = `${major}.${minor}`; step !== `${currentMajor}.${currentMinor}`; ) {
    const upgrade = UPGRADES[step];
    if (!upgrade) return refuse(`schemaVersion ${value.schemaVersion}: no upgrade from ${step} is known to this claimgraph`);
    graph = upgrade.upgrade(graph);
    step = upgrade.to;
  }
  return { graph: { ...graph, schemaVersion: SCHEMA_VERSION } };
}
