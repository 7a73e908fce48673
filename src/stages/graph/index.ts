export { buildGraph } from './build-graph.js';
