// Remembers the last edit of each open document as one range replacement, so that the analysis cache can
// move the previous version's tree instead of parsing a large card again (card/parse/stringEdit.ts).
// TextDocuments applies the client's incremental changes; this wraps that step to note what changed.
import { TextDocumentContentChangeEvent, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { StringEdit } from '../card';

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
        if (only && TextDocumentContentChangeEvent.isIncremental(only)) {
          const offset = document.offsetAt(only.range.start);
          const length = document.offsetAt(only.range.end) - offset;
          this.last.set(document.uri, {
            from: document.version,
            to: version,
            edit: { offset, length, newText: only.text },
          });
        } else {
          this.last.delete(document.uri);
        }
        return TextDocument.update(document, changes, version);
      },
    });
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }
}
