// natural ships no declarations for its deep paths; the library imports two pure modules by path
// so that tsup bundles those few kilobytes and never the package (see ../shared/STACK.md).
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  /** Jaro–Winkler similarity in [0, 1]; 1 for equal strings. */
  export default function jaroWinklerDistance(a: string, b: string, options?: { ignoreCase?: boolean }): number;
}
