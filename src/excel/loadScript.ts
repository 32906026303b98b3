/**
 * Adds `<script src>` to the document and waits for it: true once it has loaded, false when it
 * fails (offline, blocked) or takes longer than `timeoutMs`.
 */
export function loadScript(doc: Document, src: string, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const script = doc.createElement("script");
    let settled = false;
    const settle = (loaded: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      script.onload = null;
      script.onerror = null;
      resolve(loaded);
    };
    const timer = setTimeout(() => settle(false), timeoutMs);
    script.onload = () => settle(true);
    script.onerror = () => settle(false);
    script.src = src;
    script.async = true;
    (doc.head ?? doc.documentElement).appendChild(script);
  });
}
