// Saved pages -> Documents for the command-line tools, with jsdom.
import { JSDOM, VirtualConsole } from 'jsdom';

const STYLE_BLOCKS = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;

/**
 * Parses a page without running its scripts or printing its console. jsdom's CSS parser throws on
 * some real style sheets (SCSS left in production CSS); style sheets carry no article text, so
 * such a page is parsed again without them rather than lost.
 */
export function parseHtml(html: string, url: string): Document {
  const parse = (source: string) => new JSDOM(source, { url, virtualConsole: new VirtualConsole() }).window.document;
  try {
    return parse(html);
  } catch {
    return parse(html.replace(STYLE_BLOCKS, ''));
  }
}
