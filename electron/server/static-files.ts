/** Browser mode serves the built renderer with the same file rules as the app:// protocol. */
import { resolveRendererFile } from '../security/renderer-files';

export { contentType } from '../security/renderer-files';

/** The file a request path names inside `root`, or null when it would leave it or cannot be decoded. */
export function resolveStaticFile(root: string, urlPath: string): string | null {
  try {
    return resolveRendererFile(root, decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!));
  } catch {
    return null;
  }
}
