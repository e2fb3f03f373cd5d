import { createTextReader, type TextReader } from './visible-text';

/** A document to read, with its reader; the top document comes first, then its frames in document order. */
export interface FrameDocument {
  doc: Document;
  reader: TextReader;
}

/** The documents a page is made of, and how many visible frames could not be read (another origin's). */
export interface PageDocuments {
  documents: FrameDocument[];
  unreadableFrames: number;
}

// Frames within frames are followed this deep; clinical systems nest two or three, nobody nests ten.
const MAX_DEPTH = 5;

function frameDocument(frame: HTMLIFrameElement | HTMLFrameElement): Document | null {
  try {
    // A cross-origin frame's document is null, or throws a SecurityError in some browsers: it is not ours to read.
    return frame.contentDocument;
  } catch {
    return null;
  }
}

/** Reads a page and the same-origin frames it shows (hidden frames are skipped, like any hidden element). */
export function pageDocuments(doc: Document): PageDocuments {
  const result: PageDocuments = { documents: [], unreadableFrames: 0 };
  const visit = (current: Document, depth: number): void => {
    const reader = createTextReader(current);
    result.documents.push({ doc: current, reader });
    if (depth >= MAX_DEPTH) return;
    const frames = [
      ...Array.from(current.querySelectorAll('iframe')),
      ...Array.from(current.querySelectorAll('frame')),
    ];
    for (const frame of frames) {
      if (!reader.isVisible(frame)) continue;
      const inner = frameDocument(frame);
      if (inner) visit(inner, depth + 1);
      else result.unreadableFrames++;
    }
  };
  visit(doc, 0);
  return result;
}
