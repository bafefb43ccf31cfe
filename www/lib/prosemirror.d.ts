import type { Plugin, PluginKey } from 'prosemirror-state';
import type { Node } from 'prosemirror-model';
import type { Annotator, AttachOptions } from './index.js';

export const factlintKey: PluginKey;
export function factlintPlugin(options: AttachOptions & { onAttach?: (annotator: Annotator) => void }): Plugin;
/** The plain text the checker sees, and where each text node starts in it. */
export function docText(doc: Node): { text: string; segments: { pos: number; start: number; length: number }[] };
export function offsetToPos(segments: { pos: number; start: number; length: number }[], offset: number, preferEnd?: boolean): number;
export function posToOffset(segments: { pos: number; start: number; length: number }[], pos: number): number;
