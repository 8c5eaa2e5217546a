// Remembers the last edit of each open document as one range replacement, so that the analysis cache can
// move the previous version's tree instead of parsing a large card again (card/parse/treeEdit.ts).
// TextDocuments applies the client's incremental changes; this wraps that step to note what changed. A
// client that sends the whole text instead (as some do after a format or an external change) gets it
// narrowed to the range that really changed, applied as an incremental change: the document then keeps its
// line index (a whole new text would have it rebuilt on the next position lookup, ~40,000 lines on a
// 1 MB card), and the tree can still be moved.
import { TextDocumentContentChangeEvent, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { changedRange, type StringEdit } from '../card';

export interface RecordedEdit {
  /** Version the edit applies to, and the version it produced. */
  from: number;
  to: number;
  edit: StringEdit;
}

export class EditLog {
  private readonly last = new Map<string, RecordedEdit>();

  /** The single edit that turned version `from` of this document into version `to`, if that is what happened. */
  between(uri: string, from: number, to: number): StringEdit | undefined {
    const recorded = this.last.get(uri);
    return recorded && recorded.from === from && recorded.to === to ? recorded.edit : undefined;
  }

  /** Text documents kept up to date from the client's changes, with each single-range change noted here. */
  documents(): TextDocuments<TextDocument> {
    return new TextDocuments<TextDocument>({
      create: TextDocument.create,
      update: (document, changes, version) => {
        const only = changes.length === 1 ? changes[0] : undefined;
        if (only && !TextDocumentContentChangeEvent.isIncremental(only)) {
          const narrowed = this.narrowed(document, only.text, version);
          if (narrowed) return narrowed;
        }
        if (only && TextDocumentContentChangeEvent.isIncremental(only)) {
          const offset = document.offsetAt(only.range.start);
          const length = document.offsetAt(only.range.end) - offset;
          this.note(document, version, { offset, length, newText: only.text });
        } else {
          this.last.delete(document.uri);
        }
        return TextDocument.update(document, changes, version);
      },
    });
  }

  /** A whole new text applied as the one range that changed; undefined if that would not give the text. */
  private narrowed(document: TextDocument, text: string, version: number): TextDocument | undefined {
    const before = document.getText();
    const edit = changedRange(before, text);
    if (joinsOrSplitsCrLf(before, edit)) return undefined;
    const range = {
      start: document.positionAt(edit.offset),
      end: document.positionAt(edit.offset + edit.length),
    };
    // Positions cannot express every offset (one between a CR and its LF); the result is checked, not trusted.
    if (document.offsetAt(range.start) !== edit.offset) return undefined;
    if (document.offsetAt(range.end) !== edit.offset + edit.length) return undefined;
    const from = document.version;
    // Updates `document` itself; should the text come out different, the caller applies the whole text over it.
    const updated = TextDocument.update(document, [{ range, text: edit.newText }], version);
    if (updated.getText() !== text) return undefined;
    this.last.set(document.uri, { from, to: version, edit });
    return updated;
  }

  private note(document: TextDocument, version: number, edit: StringEdit): void {
    this.last.set(document.uri, { from: document.version, to: version, edit });
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }
}

/**
 * Whether a CR and an LF meet or part at either end of the edit. TextDocument's incremental update keeps the
 * line starts outside the edited range as they were, so a CR LF pair formed or broken at its edge would leave
 * the line index wrong (found by the server fuzz test): such an edit is applied as the whole text instead.
 */
function joinsOrSplitsCrLf(before: string, edit: StringEdit): boolean {
  const end = edit.offset + edit.length;
  const crLf = (a: string | undefined, b: string | undefined) => a === '\r' && b === '\n';
  const prefixEnd = before[edit.offset - 1];
  const suffixStart = before[end];
  const firstAfter = edit.newText === '' ? suffixStart : edit.newText[0];
  const lastBefore = edit.newText === '' ? prefixEnd : edit.newText[edit.newText.length - 1];
  return (
    crLf(prefixEnd, before[edit.offset]) ||
    crLf(prefixEnd, firstAfter) ||
    crLf(before[end - 1], suffixStart) ||
    crLf(lastBefore, suffixStart)
  );
}
