// The few host APIs the pure core may use: each exists, with this shape, in Node 20 and in every browser the
// preview runs in. Declared here, instead of taking DOM or Node types, so that the core type-checks against
// exactly this list and anything else (`document`, `Buffer`, `process`) fails to compile.

declare class URL {
  constructor(url: string, base?: string);
  readonly hostname: string;
  readonly protocol: string;
  readonly pathname: string;
  readonly search: string;
  readonly href: string;
}

declare const console: {
  error(...data: unknown[]): void;
  warn(...data: unknown[]): void;
};

// eslint-disable-next-line no-var -- only `var` puts it on globalThis, where the core reads it
declare var crypto: {
  getRandomValues<T extends Uint8Array>(array: T): T;
};

declare function btoa(data: string): string;
declare function structuredClone<T>(value: T): T;
