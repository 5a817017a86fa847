// Check-in answers and acknowledgement notes are sealed per row, like homework answers and notes:
// each ciphertext opens only on the row it was written for.
import { z } from 'zod';
import { decryptJson, encryptJson } from '@/server/crypto/field-cipher';
import { type TCheckInAnswers, ZCheckInAnswers } from './check-in-questions';

const checkInBinding = (practiceId: string, id: string) => `safety_check_ins:${practiceId}:${id}`;
const flagBinding = (practiceId: string, id: string) => `safety_flags:${practiceId}:${id}`;

export const sealCheckIn = (practiceId: string, id: string, value: TCheckInAnswers) =>
  encryptJson(value, checkInBinding(practiceId, id));

export const openCheckIn = (practiceId: string, id: string, ciphertext: string): TCheckInAnswers =>
  ZCheckInAnswers.parse(decryptJson(ciphertext, checkInBinding(practiceId, id)));

export const sealFlagNote = (practiceId: string, id: string, text: string) =>
  encryptJson({ text }, flagBinding(practiceId, id));

export const openFlagNote = (practiceId: string, id: string, ciphertext: string) =>
  z.object({ text: z.string() }).parse(decryptJson(ciphertext, flagBinding(practiceId, id))).text;
