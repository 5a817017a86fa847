// Note bodies are sealed per row: a session note's content, an addendum's text, a process note's
// text. Each ciphertext opens only on the row it was written for.
import { z } from 'zod';
import { decryptJson, encryptJson } from '@/server/crypto/field-cipher';
import { ZNoteContent } from './note-content';
import type { TNoteContent } from './note-shape';

const noteBinding = (practiceId: string, noteId: string) => `session_notes:${practiceId}:${noteId}`;
const addendumBinding = (practiceId: string, id: string) => `session_note_addenda:${practiceId}:${id}`;
const processBinding = (practiceId: string, id: string) => `process_notes:${practiceId}:${id}`;

const ZBody = z.object({ text: z.string() });

export const sealNoteContent = (practiceId: string, noteId: string, content: TNoteContent) =>
  encryptJson(content, noteBinding(practiceId, noteId));

export const openNoteContent = (practiceId: string, noteId: string, ciphertext: string): TNoteContent =>
  ZNoteContent.parse(decryptJson(ciphertext, noteBinding(practiceId, noteId)));

export const sealAddendum = (practiceId: string, id: string, text: string) =>
  encryptJson({ text }, addendumBinding(practiceId, id));

export const openAddendum = (practiceId: string, id: string, ciphertext: string) =>
  ZBody.parse(decryptJson(ciphertext, addendumBinding(practiceId, id))).text;

export const sealProcessNote = (practiceId: string, id: string, text: string) =>
  encryptJson({ text }, processBinding(practiceId, id));

export const openProcessNote = (practiceId: string, id: string, ciphertext: string) =>
  ZBody.parse(decryptJson(ciphertext, processBinding(practiceId, id))).text;
