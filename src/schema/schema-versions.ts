import { actorIds, NODE_ID_PREFIX } from '../stages/graph/public-ids.js';
import { fnv1a64 } from '../text/content-hash.js';
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
const UPGRADES: Record<string, { to: string; upgrade: (graph: Graph, text: string | undefined) => Graph }> = {
  // 1.1.0 added time expressions and each claim's time and place.
  '1.0': {
    to: '1.1',
    upgrade: (graph) => ({
      ...graph,
      times: graph.times ?? [],
      claims: Array.isArray(graph.claims) ? graph.claims.map((c: unknown) => (isObject(c) ? { timeId: null, placeId: null, ...c } : c)) : graph.claims,
    }),
  },
  // 2.0.0 changed ids only (docs/ids.md): a 1.x graph is converted, not refused.
  '1.1': { to: '2.0', upgrade: renameIds },
};

const asList = (value: unknown): Graph[] => (Array.isArray(value) ? value.filter(isObject) : []);

/**
 * 1.x ids to 2.0 ids. Quotes, claims, times and attributions were `q1`, `c1`, `t1`, `a1` in text
 * order, and keep their number with the new prefix (`q_1`, `at_1`); actors get the slug of their
 * name as extraction now gives it (transliterated, told apart by type). Every reference follows.
 * `document.id` was another hash: it is recomputed when the text is given, else kept as it was
 * (it can only be checked against the text, which a caller without one cannot do anyway).
 */
function renameIds(graph: Graph, text: string | undefined): Graph {
  const renamed = new Map<string, string>();
  const renumber = (list: Graph[], prefix: string) =>
    list.map((node) => {
      const id = typeof node.id === 'string' && /^[a-z]+(\d+)$/.exec(node.id);
      if (!id) return node;
      const next = `${prefix}${id[1]}`;
      renamed.set(node.id as string, next);
      return { ...node, id: next };
    });
  const actors = asList(graph.actors);
  const newActorIds = actorIds(actors.map((a, i) => ({
    name: String(a.name ?? a.id ?? ''),
    type: String(a.type ?? ''),
    firstSeen: asList(a.mentions)[0]?.start as number ?? i,
  })));
  const actorId = new Map<string, string>();
  actors.forEach((a, i) => { if (typeof a.id === 'string' && !actorId.has(a.id)) actorId.set(a.id, newActorIds[i]!); });
  const actorRef = (id: unknown) => (typeof id === 'string' ? actorId.get(id) ?? id : id);
  const nodeRef = (id: unknown) => (typeof id === 'string' ? renamed.get(id) ?? id : id);
  const quotes = renumber(asList(graph.quotes), NODE_ID_PREFIX.quote);
  const claims = renumber(asList(graph.claims), NODE_ID_PREFIX.claim);
  const times = renumber(asList(graph.times), NODE_ID_PREFIX.time);
  const attributionIds = new Map<string, string>();
  const attributions = asList(graph.attributions).map((a, i) => {
    const next = `${NODE_ID_PREFIX.attribution}${i + 1}`;
    if (typeof a.id === 'string') attributionIds.set(a.id, next);
    return { ...a, id: next, sourceId: actorRef(a.sourceId), viaId: actorRef(a.viaId), contentId: nodeRef(a.contentId) };
  });
  const document = isObject(graph.document) && text !== undefined ? { ...graph.document, id: fnv1a64(text) } : graph.document;
  return {
    ...graph,
    document,
    actors: actors.map((a, i) => ({ ...a, id: newActorIds[i], affiliationId: actorRef(a.affiliationId) })),
    quotes,
    claims: claims.map((c) => ({ ...c, timeId: nodeRef(c.timeId), placeId: actorRef(c.placeId) })),
    times,
    attributions,
  };
}

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
export function upgradeToCurrentVersion(value: unknown, text?: string): { graph: unknown } | { error: VersionError } {
  if (!isObject(value) || typeof value.schemaVersion !== 'string' || value.schemaVersion === SCHEMA_VERSION) return { graph: value };
  const found = SEMVER.exec(value.schemaVersion);
  if (!found) return { graph: value };
  const [currentMajor, currentMinor] = SEMVER.exec(SCHEMA_VERSION)!.slice(1).map(Number) as [number, number];
  const [major, minor] = [Number(found[1]), Number(found[2])];
  const refuse = (message: string) => ({ error: { path: '/schemaVersion', keyword: 'schemaVersion', message } });
  if (major > currentMajor || (major < currentMajor && !UPGRADES[`${major}.${minor}`])) {
    return refuse(
      `schemaVersion ${value.schemaVersion} is of major ${major}; this claimgraph reads ${currentMajor}.x graphs up to ${SCHEMA_VERSION} ` +
        `(a major change removes or changes fields: read it with the claimgraph that wrote it)`,
    );
  }
  if (major === currentMajor && minor > currentMinor) {
    return refuse(`schemaVersion ${value.schemaVersion} is newer than ${SCHEMA_VERSION}, the latest this claimgraph reads: upgrade claimgraph`);
  }
  let graph: Graph = value;
  for (let step = `${major}.${minor}`; step !== `${currentMajor}.${currentMinor}`; ) {
    const upgrade = UPGRADES[step];
    if (!upgrade) return refuse(`schemaVersion ${value.schemaVersion}: no upgrade from ${step} is known to this claimgraph`);
    graph = upgrade.upgrade(graph, text);
    step = upgrade.to;
  }
  return { graph: { ...graph, schemaVersion: SCHEMA_VERSION } };
}
