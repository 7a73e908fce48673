// jsonld ships no declarations: the two calls the tests make.
declare module 'jsonld' {
  const jsonld: {
    expand(document: unknown, options?: { documentLoader?: unknown }): Promise<unknown>;
    toRDF(document: unknown, options?: { documentLoader?: unknown; format?: string }): Promise<unknown>;
  };
  export default jsonld;
}
