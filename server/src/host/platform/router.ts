// Maps `METHOD /open-apis/...` paths (with `:name` parameters) to their handlers. Only the routes listed
// are imitated; `match` returns undefined for anything else, which the server answers 404 and names.

export interface Route<H> {
  method: string;
  pattern: string;
  handler: H;
}

export class Router<H> {
  private readonly routes: { method: string; parts: string[]; handler: H }[] = [];

  add(method: string, pattern: string, handler: H): this {
    this.routes.push({ method, parts: pattern.split('/'), handler });
    return this;
  }

  match(method: string, path: string): { handler: H; params: Record<string, string> } | undefined {
    const parts = path.split('/');
    for (const route of this.routes) {
      if (route.method !== method || route.parts.length !== parts.length) continue;
      const params: Record<string, string> = {};
      let matched = true;
      for (let i = 0; i < parts.length && matched; i++) {
        const want = route.parts[i];
        if (want.startsWith(':')) {
          if (parts[i] === '') matched = false;
          else params[want.slice(1)] = safeDecode(parts[i]);
        } else matched = want === parts[i];
      }
      if (matched) return { handler: route.handler, params };
    }
    return undefined;
  }
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
