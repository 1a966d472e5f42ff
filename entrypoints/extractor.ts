import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractFromDocument } from '@/lib/extract';

// Injected by the background into a flagged or clipped tab; its return value is the extraction.
// It reads a copy of the document, never the live page.
export default defineUnlistedScript(() => extractFromDocument(document.cloneNode(true) as Document, location.href));
